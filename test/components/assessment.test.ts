import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/assessment/define.js';
import '../../components/questionnaire/define.js';
import type { AimsAssessment } from '../../components/assessment/assessment.js';
import type { AimsQuestionnaire } from '../../components/questionnaire/questionnaire.js';
import { en } from '../../components/base/messages/en.js';
import { iso42001QuickScan } from '../../src/content.js';
import { $, $$, allTypes, byLabel, questionByText } from './fixtures.js';

const uniqueKey = () => `test-${Math.random().toString(36).slice(2)}`;

async function mount(template: ReturnType<typeof html>) {
  const wrap = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const el = wrap.querySelector('aims-assessment')!;
  return { wrap, el, q: wrap.querySelector('aims-questionnaire') as AimsQuestionnaire | null };
}
const ready = (el: AimsAssessment) =>
  el.session ? Promise.resolve() : oneEvent(el, 'aims-ready').then(() => el.updateComplete);

describe('<aims-assessment>', () => {
  it('is accessible with a questionnaire inside', async () => {
    const { el, q } = await mount(
      html`<aims-assessment storage="memory" definition="iso42001-quick-scan"
        ><aims-questionnaire></aims-questionnaire
      ></aims-assessment>`,
    );
    await ready(el);
    await q!.updateComplete;
    await expect(el).to.be.accessible();
    await expect(q!).to.be.accessible();
  });

  it('takes a definition by property, provides its session by context and emits aims-ready', async () => {
    const el = document.createElement('aims-assessment');
    el.storage = 'memory';
    el.definition = allTypes;
    const q = document.createElement('aims-questionnaire');
    el.append(q);
    const readyEv = oneEvent(el, 'aims-ready');
    document.body.append(el);
    const ev = await readyEv;
    expect(ev.detail).to.deep.equal({
      definition: { id: 'test-all', version: '1.0.0' },
      key: 'test-all',
    });
    await q.updateComplete;
    expect(q.contextSession).to.equal(el.session);
    expect($(q, 'h2').textContent).to.equal('Scope');
    el.remove();
  });

  it('loads a built-in definition by id and a definition by src URL', async () => {
    const a = await mount(
      html`<aims-assessment storage="memory" definition="iso42001-quick-scan"></aims-assessment>`,
    );
    await ready(a.el);
    expect(a.el.session!.state.definition.id).to.equal(iso42001QuickScan.id);
    const b = await mount(
      html`<aims-assessment
        storage="memory"
        src=${new URL('./small-definition.json', import.meta.url).href}
      ></aims-assessment>`,
    );
    await ready(b.el);
    expect(b.el.session!.state.definition.title).to.equal('Loaded by URL');
  });

  it('shows every problem of a bad definition by path, and emits aims-definition-error', async () => {
    const bad = structuredClone(allTypes) as unknown as {
      sections: { questions: { id: string; scale?: string }[] }[];
    };
    bad.sections[0]!.questions[0]!.id = 'not an id!';
    bad.sections[1]!.questions[0]!.scale = 'maturty';
    const el = document.createElement('aims-assessment');
    el.storage = 'memory';
    el.definition = bad as never;
    const got = oneEvent(el, 'aims-definition-error');
    document.body.append(el);
    const ev = await got;
    await el.updateComplete;
    const paths = ev.detail.issues.map((i: { path: string }) => i.path);
    expect(paths).to.include('sections[0].questions[0].id');
    const panel = $(el, '[role=alert]');
    expect(panel.textContent).to.contain(en.definitionError);
    for (const p of paths) expect(panel.textContent).to.contain(p);
    expect(panel.querySelectorAll('li [lang=en]')).to.have.length(paths.length); // English core messages, marked so
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('reports an unknown built-in id in the error panel, never a blank box', async () => {
    const el = document.createElement('aims-assessment');
    el.storage = 'memory';
    el.setAttribute('definition', 'no-such-pack');
    const got = oneEvent(el, 'aims-definition-error');
    document.body.append(el);
    expect((await got).detail.issues[0]!.message).to.contain('no-such-pack');
    await el.updateComplete;
    expect($(el, '[role=alert]').textContent).to.contain('no-such-pack');
    el.remove();
  });

  it('emits aims-change with the scorecard summary on every change', async () => {
    const { el } = await mount(
      html`<aims-assessment storage="memory" .definition=${allTypes}></aims-assessment>`,
    );
    await ready(el);
    setTimeout(() => el.session!.dispatch({ type: 'answer', question: 'vv', value: '3' }));
    const ev = await oneEvent(el, 'aims-change');
    const { overall } = el.session!.state.scorecard;
    expect(ev.detail).to.deep.equal({
      readiness: overall.readiness,
      band: overall.band,
      completion: overall.completion,
      revision: el.session!.state.revision,
    });
    expect(ev.detail.readiness).to.be.a('number');
  });

  it('submits a sealed envelope through a cancelable aims-submit', async () => {
    const { el, q } = await mount(
      html`<aims-assessment storage="memory" .definition=${allTypes}
        ><aims-questionnaire></aims-questionnaire
      ></aims-assessment>`,
    );
    await ready(el);
    el.session!.dispatch({ type: 'answer', question: 'role', value: ['user'] });
    el.session!.dispatch({ type: 'answer', question: 'vv', value: '5' });
    el.addEventListener('aims-submit', (e) => e.preventDefault(), { once: true });
    expect(await el.submit()).to.equal(undefined);
    await q!.updateComplete;
    q!.section = 's2';
    await q!.updateComplete;
    const finish = $$<HTMLButtonElement>(q!, 'button').find(
      (b) => b.textContent?.trim() === en.finish,
    )!;
    setTimeout(() => finish.click());
    const ev = await oneEvent(el, 'aims-submit');
    expect(ev.cancelable).to.equal(true);
    const env = ev.detail.envelope as {
      format: string;
      response: { answers: Record<string, unknown> };
      sha256: string;
    };
    expect(env.format).to.equal('aimskit.envelope/1');
    expect(Object.keys(env.response.answers).sort()).to.deep.equal(['role', 'vv']);
    expect(env.sha256).to.match(/^[A-Za-z0-9_-]{43}$/);
  });

  it('keeps answers and evidence files across a reload (IndexedDB)', async () => {
    const key = uniqueKey();
    const first = await mount(
      html`<aims-assessment storage-key=${key} .definition=${allTypes}
        ><aims-questionnaire></aims-questionnaire
      ></aims-assessment>`,
    );
    await ready(first.el);
    const q = first.q!;
    await q.updateComplete;
    await click(byLabel(questionByText(q, 'Kind of system'), 'Alpha'), q);
    q.section = 's2';
    await q.updateComplete;
    const openNotes = async (el: AimsQuestionnaire) => {
      const toggle = [
        ...questionByText(el, 'Verification and validation').querySelectorAll('button'),
      ].find((b) => b.getAttribute('aria-controls')?.endsWith('-notes'))!;
      await click(toggle, el);
    };
    await openNotes(q);
    const input = byLabel(questionByText(q, 'Verification and validation'), en.attach);
    const dt = new DataTransfer();
    dt.items.add(new File(['evidence bytes'], 'audit.pdf', { type: 'application/pdf' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await waitFor(() => (first.el.session!.state.response.answers.vv?.evidence?.length ?? 0) === 1);
    const evId = first.el.session!.state.response.answers.vv!.evidence![0]!.id;
    await first.el.session!.flush();
    first.wrap.remove();
    await new Promise((r) => setTimeout(r, 50));

    const second = await mount(
      html`<aims-assessment storage-key=${key} .definition=${allTypes}
        ><aims-questionnaire></aims-questionnaire
      ></aims-assessment>`,
    );
    await ready(second.el);
    expect(second.el.session!.state.response.answers.kind?.value).to.equal('a');
    second.q!.section = 's2';
    await second.q!.updateComplete;
    await openNotes(second.q!);
    expect(
      questionByText(second.q!, 'Verification and validation').querySelector('[part~=files]')!
        .textContent,
    ).to.contain('audit.pdf');
    const blob = await second.el.session!.getEvidence(evId);
    expect(await blob!.text()).to.equal('evidence bytes');
  });

  it('completes the quick scan with the keyboard only', async () => {
    const { el, q } = await mount(
      html`<aims-assessment storage="memory" definition="iso42001-quick-scan"
        ><aims-questionnaire></aims-questionnaire
      ></aims-assessment>`,
    );
    await ready(el);
    await q!.updateComplete;
    let submitted:
      | {
          response: { answers: Record<string, { value: unknown }> };
          scorecard: { overall: { completion: number } };
        }
      | undefined;
    el.addEventListener('aims-submit', (e) => {
      submitted = e.detail.envelope as typeof submitted;
    });
    const root = q!.shadowRoot!;
    const answered = new Set<string>();
    for (let step = 0; step < 600 && !submitted; step++) {
      const a = root.activeElement as HTMLInputElement | HTMLButtonElement | null;
      if (
        a instanceof HTMLInputElement &&
        (a.type === 'radio' || a.type === 'checkbox') &&
        !answered.has(a.name || a.closest('fieldset')!.dataset.question!)
      ) {
        answered.add(a.name || a.closest('fieldset')!.dataset.question!);
        await sendKeys({ press: ' ' });
        if (a.type === 'radio' && step % 2) await sendKeys({ press: 'ArrowRight' });
      } else if (
        a instanceof HTMLButtonElement &&
        (a.textContent?.trim() === en.next || a.textContent?.trim() === en.finish)
      ) {
        await sendKeys({ press: 'Enter' });
      } else {
        await sendKeys({ press: 'Tab' });
      }
      await q!.updateComplete;
    }
    expect(submitted, 'submitted by keyboard').to.exist;
    const questions = iso42001QuickScan.sections.flatMap((s) => s.questions.map((x) => x.id));
    expect(Object.keys(submitted!.response.answers).sort()).to.deep.equal([...questions].sort());
    expect(submitted!.scorecard.overall.completion).to.equal(1);
  });
});

async function click(node: HTMLElement, el: AimsQuestionnaire) {
  node.click();
  await el.updateComplete;
}
async function waitFor(test: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
