// Timings of <aims-soa-table> with 500 controls: first render, sorts, filters, search. Logged, not asserted
// (machines differ); the assertions check that each step did what it should. Long tasks (> 50 ms) are logged.
// Per step: the synchronous update, the layout it forces, and when every row (rendered 100 per task) is there.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/soa-table/define.js';
import type { AimsSoaTable } from '../../components/soa-table/soa-table.js';
import { parseDefinition } from '../../src/model/index.js';
import { createSession } from '../../src/session/index.js';

const N = 500;
const ids = Array.from({ length: N }, (_, i) => `C.${(i % 10) + 1}.${Math.floor(i / 10) + 1}`);
const definition = parseDefinition({
  format: 'aimskit.definition/1', id: 'perf', version: '1', title: 'Perf', scales: [{ id: 'm', options: [{ id: '0', label: '0', value: 0 }, { id: '1', label: '1', value: 1 }, { id: 'na', label: 'NA', na: true }] }],
  groups: Array.from({ length: 10 }, (_, g) => ({ id: `C.${g + 1}`, title: `Objective ${g + 1}` })),
  requirements: ids.map((id, i) => ({ id, title: `Control number ${i}`, kind: 'control' as const, group: id.split('.').slice(0, 2).join('.') })),
  sections: [{ id: 's', title: 'S', questions: ids.map((id) => ({ id: `q-${id}`, type: 'scale' as const, scale: 'm', requirement: id, text: id })) }],
});

describe('<aims-soa-table> with 500 controls (timings logged)', () => {
  it('renders, sorts and filters', async () => {
    const session = createSession({ definition });
    ids.forEach((id, i) => { if (i % 3 === 0) session.dispatch({ type: 'answer', question: `q-${id}`, value: i % 2 ? '1' : 'na', justification: i % 2 ? undefined : 'n/a' }); });
    const long: number[] = [];
    const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => long.push(Math.round(e.duration))));
    try { obs.observe({ type: 'longtask', buffered: false }); } catch { /* longtask not supported */ }
    const times: Record<string, string> = {};
    // Each step runs in its own task (a timer between steps), so that a long task belongs to one step.
    const time = async (name: string, step: () => void | Promise<void>, el?: AimsSoaTable) => {
      await new Promise((r) => setTimeout(r, 20));
      const t0 = performance.now();
      await step();
      if (el) await el.updateComplete;
      const t1 = performance.now();
      el?.shadowRoot!.querySelector('table')!.getBoundingClientRect();
      const t2 = performance.now();
      if (el) await el.allRendered();
      times[name] = `${Math.round(t1 - t0)} + layout ${Math.round(t2 - t1)}, all rows after ${Math.round(performance.now() - t0)}`;
    };
    let el!: AimsSoaTable;
    await time('first render', async () => {
      el = await fixture<AimsSoaTable>(html`<aims-soa-table .session=${session}></aims-soa-table>`);
      await el.allRendered();
    });
    const rows = () => el.shadowRoot!.querySelectorAll('tr[part~=row]').length;
    expect(rows()).to.equal(N);
    await time('sort by status', () => { el.sort = { key: 'status', dir: 'ascending' }; }, el);
    await time('sort by title, descending', () => { el.sort = { key: 'title', dir: 'descending' }; }, el);
    expect(el.shadowRoot!.querySelector('tr[part~=row] td')!.textContent).to.equal('Control number 499'); // natural order: 499 > 99
    await time('filter: undecided', () => { el.filter = { applicable: 'undecided' }; }, el);
    const undecided = rows();
    expect(undecided).to.be.greaterThan(0).and.lessThan(N);
    await time('filter: one objective', () => { el.filter = { objective: 'C.3' }; }, el);
    expect(rows()).to.equal(N / 10);
    await time('search "number 12"', () => { el.filter = { search: 'number 12' }; }, el);
    expect(rows()).to.equal(11); // 12, 120 … 129
    await time('clear filters', () => { el.filter = {}; }, el);
    expect(rows()).to.equal(N);
    await time('one decision', () => { session.dispatch({ type: 'soa', control: ids[1]!, decision: { applicable: true, justification: 'x' } }); }, el);
    await new Promise((r) => setTimeout(r, 50));
    obs.disconnect();
    console.log(`soa-table, ${N} controls (ms): ${JSON.stringify(times)}; long tasks: ${JSON.stringify(long)}`);
  });
});
