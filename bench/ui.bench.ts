/**
 * npm run bench:ui: a 1,000-question synthetic definition (4 sections of 250 maturity questions) in
 * real Chromium. Measures how long <aims-questionnaire> takes to render its first section, and to
 * respond to an answer, and lists any long task (> 50 ms) seen meanwhile. Printed, not asserted:
 * machines differ.
 */
import { fixture, html } from '@open-wc/testing';
import '../components/questionnaire/define.js';
import type { AimsQuestionnaire } from '../components/questionnaire/questionnaire.js';
import { parseDefinition } from '../src/model/index.js';
import { createSession } from '../src/session/index.js';

const levels = ['Incomplete', 'Initial', 'Managed', 'Defined', 'Measured', 'Optimizing'];
const definition = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'bench-1000',
  version: '1.0.0',
  title: 'Benchmark',
  scales: [
    {
      id: 'm',
      options: [
        ...levels.map((label, i) => ({
          id: String(i),
          label,
          value: i / 5,
          description: `${label} level`,
        })),
        { id: 'na', label: 'Not applicable', na: true },
      ],
    },
  ],
  sections: Array.from({ length: 4 }, (_, s) => ({
    id: `s${s}`,
    title: `Section ${s + 1}`,
    questions: Array.from({ length: 250 }, (_, i) => ({
      id: `q${s}-${i}`,
      type: 'scale',
      scale: 'm',
      text: `Question ${s * 250 + i + 1}: is this practice in place?`,
      help: 'Help text.',
      evidence: 'documentation',
    })),
  })),
});

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));
const longTasks: number[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push(Math.round(e.duration));
}).observe({ type: 'longtask', buffered: false });

function report(name: string, ms: number) {
  const tasks = longTasks.splice(0);
  console.log(
    `bench:ui ${name}: ${ms.toFixed(1)} ms; long tasks: ${tasks.length ? tasks.join(', ') + ' ms' : 'none'}`,
  );
}

describe('bench:ui (1,000 questions)', () => {
  it('renders the first section and responds to answers', async () => {
    const session = createSession({ definition });
    for (let run = 0; run < 3; run++) {
      longTasks.length = 0;
      const t0 = performance.now();
      const el = await fixture<AimsQuestionnaire>(
        html`<aims-questionnaire .session=${session}></aims-questionnaire>`,
      );
      await el.allRendered(); // a long section renders in steps of 30 questions, one task each
      await frame();
      report(`first render (250 questions in the DOM), run ${run + 1}`, performance.now() - t0);
      const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      for (const i of [3, 700, 1400]) {
        const t1 = performance.now();
        radios[i]!.click();
        await el.updateComplete;
        await frame();
        report(`answer to paint (radio ${i}), run ${run + 1}`, performance.now() - t1);
      }
      const t2 = performance.now();
      await el.next();
      await frame();
      report(`next section, run ${run + 1}`, performance.now() - t2);
      el.remove();
      session.dispatch({ type: 'reset' });
    }
    // keeps mocha honest: the bench did render the questions it timed
    if (!longTasks) throw new Error('unreachable');
  });
});
