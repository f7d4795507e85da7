import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/questionnaire/define.js';
import type { AimsQuestionnaire } from '../../components/questionnaire/questionnaire.js';
import { en } from '../../components/base/messages/en.js';
import { pluralKey } from '../../components/base/i18n.js';
import { $, $$, allTypes, byLabel, questionByText, sessionFor } from './fixtures.js';

async function make(session = sessionFor(), attrs = '') {
  const el = await fixture<AimsQuestionnaire>(
    html`<aims-questionnaire .session=${session} theme=${attrs || 'light'}></aims-questionnaire>`,
  );
  return { el, session };
}
const click = async (el: AimsQuestionnaire, node: HTMLElement) => {
  node.click();
  await el.updateComplete;
};
const type = async (
  el: AimsQuestionnaire,
  node: HTMLInputElement | HTMLTextAreaElement,
  value: string,
) => {
  node.value = value;
  node.dispatchEvent(new Event('input', { bubbles: true }));
  node.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
};
const button = (el: AimsQuestionnaire, name: string) => {
  const b = $$<HTMLButtonElement>(el, 'button').find((x) => x.textContent?.trim() === name);
  if (!b) throw new Error(`no button "${name}"`);
  return b;
};

describe('<aims-questionnaire>', () => {
  it('is accessible when empty', async () => {
    const { el } = await make();
    await expect(el).to.be.accessible();
  });

  it('is accessible mid-way, with errors, read-only and in the dark theme', async () => {
    const { el, session } = await make();
    session.dispatch({ type: 'answer', question: 'role', value: ['dev'] });
    session.dispatch({ type: 'answer', question: 'kind', value: 'b' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    session.dispatch({ type: 'clear', question: 'role' });
    await el.next();
    expect($$(el, '[aria-invalid="true"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    el.readonly = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.readonly = false;
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('renders every question type with native controls', async () => {
    const { el, session } = await make();
    session.dispatch({ type: 'answer', question: 'role', value: ['dev'] });
    await el.updateComplete;
    expect(
      questionByText(el, 'Your roles').querySelectorAll('input[type=checkbox]').length,
    ).to.equal(2);
    expect(questionByText(el, 'What do you develop?').querySelector('textarea')).to.exist;
    expect(
      questionByText(el, 'Kind of system').querySelectorAll('input[type=radio]').length,
    ).to.equal(2);
    const count = questionByText(el, 'How many AI systems?').querySelector('input')!;
    expect(count.type).to.equal('number');
    expect(count.min).to.equal('0');
    expect(questionByText(el, 'In use since').querySelector('input')!.type).to.equal('date');
    await el.next();
    const vv = questionByText(el, 'Verification and validation');
    const radios = [...vv.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal(
      allTypes.scales[0]!.options.map((o) => o.label),
    );
    expect(vv.textContent).to.contain(en.evidenceOperation);
    expect(vv.textContent).to.contain('Plans, test reports.');
  });

  it('writes answers to the session and emits aims-answer with plain data', async () => {
    const { el, session } = await make();
    const box = byLabel(questionByText(el, 'Your roles'), 'Developer');
    setTimeout(() => box.click());
    const ev = await oneEvent(el, 'aims-answer');
    expect(ev.detail).to.deep.equal({ question: 'role', value: ['dev'] });
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(session.state.response.answers.role?.value).to.deep.equal(['dev']);
    await el.updateComplete;
    await type(el, questionByText(el, 'How many AI systems?').querySelector('input')!, '7');
    expect(session.state.response.answers.count?.value).to.equal(7);
    await type(el, questionByText(el, 'In use since').querySelector('input')!, '2024-03-01');
    expect(session.state.response.answers.since?.value).to.equal('2024-03-01');
  });

  it('refuses a number out of range with a message tied to the field', async () => {
    const { el, session } = await make();
    const input = questionByText(el, 'How many AI systems?').querySelector('input')!;
    await type(el, input, '500');
    expect(session.state.response.answers.count?.value).to.equal(undefined);
    const fs = questionByText(el, 'How many AI systems?');
    const err = fs.querySelector('[part~=error]')!;
    expect(err.textContent).to.contain('100');
    expect(fs.getAttribute('aria-describedby')).to.contain(err.id);
  });

  it('shows and hides questions live by showIf', async () => {
    const { el } = await make();
    expect(() => questionByText(el, 'What do you develop?')).to.throw();
    await click(el, byLabel(questionByText(el, 'Your roles'), 'Developer'));
    expect(questionByText(el, 'What do you develop?')).to.exist;
    await click(el, byLabel(questionByText(el, 'Your roles'), 'Developer'));
    expect(() => questionByText(el, 'What do you develop?')).to.throw();
  });

  it('blocks Next on a missing required answer, ties the error to it and focuses it', async () => {
    const { el } = await make();
    let moved = false;
    el.addEventListener('aims-section-change', () => {
      moved = true;
    });
    await click(el, button(el, en.next));
    expect(moved).to.equal(false);
    const fs = questionByText(el, 'Your roles');
    const err = fs.querySelector('[part~=error]')!;
    expect(err.textContent).to.equal(en.errorRequired);
    const first = fs.querySelector('input')!;
    expect(first.getAttribute('aria-invalid')).to.equal('true');
    expect(first.getAttribute('aria-describedby')).to.contain(err.id);
    expect(el.shadowRoot!.activeElement).to.equal(first);
    // requiredIf: choosing Alpha makes the count required
    await click(el, first);
    await click(el, byLabel(questionByText(el, 'Kind of system'), 'Alpha'));
    await el.next();
    expect(
      questionByText(el, 'How many AI systems?').querySelector('[part~=error]')?.textContent,
    ).to.equal(en.errorRequired);
    expect(questionByText(el, 'Your roles').querySelector('[part~=error]')).to.equal(null);
  });

  it('asks for a justification under N/A and requires it', async () => {
    const { el, session } = await make();
    session.dispatch({ type: 'answer', question: 'role', value: ['user'] });
    el.section = 's2';
    await el.updateComplete;
    const vv = () => questionByText(el, 'Verification and validation');
    expect(vv().querySelector('[part~=justification]')).to.equal(null);
    await click(el, byLabel(vv(), 'Not applicable'));
    const why = byLabel<HTMLTextAreaElement>(vv(), en.justification);
    expect(why.required).to.equal(true);
    expect(await el.validate()).to.equal(false);
    expect(vv().querySelector('[part~=error]')!.textContent).to.equal(en.errorJustify);
    expect(el.section).to.equal('s2');
    expect(el.shadowRoot!.activeElement).to.equal(byLabel(vv(), en.justification));
    expect(byLabel(vv(), en.justification).getAttribute('aria-invalid')).to.equal('true');
    await type(el, byLabel<HTMLTextAreaElement>(vv(), en.justification), 'No AI development here.');
    expect(session.state.response.answers.vv).to.include({
      value: 'na',
      justification: 'No AI development here.',
    });
    // an option marked requiresJustification asks too
    el.section = 's1';
    await el.updateComplete;
    await click(el, byLabel(questionByText(el, 'Kind of system'), 'Beta'));
    expect(byLabel(questionByText(el, 'Kind of system'), en.justification)).to.exist;
  });

  it('shows level descriptions on demand and the recommendation below target', async () => {
    const { el } = await make();
    el.section = 's2';
    await el.updateComplete;
    const toggle = button(el, en.showLevels);
    const levels = () => el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(levels()).to.equal(null); // rendered only when opened
    await click(el, toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(levels()!.textContent).to.contain('Documented and applied.');
    await expect(el).to.be.accessible();
    await click(el, toggle);
    expect(levels()).to.equal(null);
    const vv = () => questionByText(el, 'Verification and validation');
    await click(el, byLabel(vv(), 'Incomplete'));
    expect(vv().querySelector('[part~=recommendation]')?.textContent).to.contain(
      'Write a V&V plan.',
    );
    await click(el, byLabel(vv(), 'Optimizing'));
    expect(vv().querySelector('[part~=recommendation]')).to.equal(null);
  });

  it('moves between sections, shows section completion from the scorecard, and goTo focuses a question', async () => {
    const { el, session } = await make();
    session.dispatch({ type: 'answer', question: 'role', value: ['user'] });
    await el.updateComplete;
    const items = $$(el, '[part~=toc-item]');
    expect(items.length).to.equal(2);
    const s1 = session.state.scorecard.sections.find((s) => s.id === 's1')!;
    expect(items[0]!.textContent).to.contain(`${Math.round(s1.completion * 100)}%`);
    expect(items[0]!.getAttribute('aria-current')).to.equal('step');
    setTimeout(() => button(el, en.next).click());
    const ev = await oneEvent(el, 'aims-section-change');
    expect(ev.detail).to.deep.equal({ section: 's2', index: 1 });
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('Life cycle');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
    expect($$(el, 'fieldset').length).to.equal(1);
    expect(await el.goTo('count')).to.equal(true);
    expect(el.section).to.equal('s1');
    expect(el.shadowRoot!.activeElement).to.equal(
      questionByText(el, 'How many AI systems?').querySelector('input'),
    );
    expect(await el.goTo('dev-only')).to.equal(false);
    const bar = $<HTMLProgressElement>(el, 'progress');
    expect(bar.value).to.equal(Math.round(session.state.scorecard.overall.completion * 100));
    expect(bar.getAttribute('aria-label')).to.equal(en.progress);
  });

  it('shows the table of contents as a side column when wide, and as a disclosure when narrow', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 60rem">
        <aims-questionnaire theme="light" .session=${sessionFor()}></aims-questionnaire>
      </div>`,
    );
    const el = wrap.querySelector('aims-questionnaire')!;
    await el.updateComplete;
    const toggle = $<HTMLButtonElement>(el, '[aria-controls=toc]');
    const list = $(el, '#toc');
    const items = $$<HTMLButtonElement>(el, '[part~=toc-item]');
    const shown = (n: Element) => n.getBoundingClientRect().height > 0;
    // Wide: the list sits beside the questions, the disclosure button is not rendered.
    expect(shown(toggle)).to.equal(false);
    expect(shown(list)).to.equal(true);
    expect(items[0]!.getBoundingClientRect().right).to.be.at.most(
      $(el, 'h2').getBoundingClientRect().left,
    );
    // Narrow: one button names the current section; the list opens on demand.
    wrap.style.inlineSize = '25rem';
    await new Promise(requestAnimationFrame);
    expect(shown(toggle)).to.equal(true);
    expect(shown(list)).to.equal(false);
    expect(toggle.textContent).to.contain('Section 1 of 2').and.to.contain('Scope');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(list)).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(items[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(items[1]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.section).to.equal('s2');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(list)).to.equal(false);
    expect(toggle.textContent).to.contain('Section 2 of 2');
  });

  it('adds comments and evidence files, lists and removes them', async () => {
    const { el, session } = await make();
    el.section = 's2';
    await el.updateComplete;
    const vv = () => questionByText(el, 'Verification and validation');
    const notes = [...vv().querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.getAttribute('aria-controls')?.endsWith('-notes'),
    )!;
    await click(el, notes);
    await type(
      el,
      byLabel<HTMLTextAreaElement>(vv(), 'Describe your implementation'),
      'Quarterly tests.',
    );
    expect(session.state.response.answers.vv?.comment).to.equal('Quarterly tests.');
    const input = byLabel(vv(), en.attach);
    const dt = new DataTransfer();
    dt.items.add(new File(['hello evidence'], 'plan.txt', { type: 'text/plain' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    // The file is hashed (on the first attach the session loads that code) and stored: wait for it.
    await waitUntil(() => session.state.response.answers.vv?.evidence?.length, 'no evidence added');
    await el.updateComplete;
    const ev = session.state.response.answers.vv?.evidence;
    expect(ev?.length).to.equal(1);
    expect(ev![0]).to.include({ name: 'plan.txt', size: 14 });
    expect(vv().querySelector('[part~=files]')!.textContent).to.contain('plan.txt');
    await click(el, button(el, 'Remove plan.txt'));
    expect(session.state.response.answers.vv?.evidence ?? []).to.have.length(0);
    // closed, the panel is not rendered; opened again, it shows the comment from the session
    await click(el, notes);
    expect(vv().querySelector('[part~=notes]')).to.equal(null);
    await click(el, notes);
    expect(byLabel<HTMLTextAreaElement>(vv(), 'Describe your implementation').value).to.equal(
      'Quarterly tests.',
    );
    // a question without comments/attachments has no notes at all (no toggle either)
    el.section = 's1';
    await el.updateComplete;
    const noNotes = questionByText(el, 'In use since');
    expect(
      [...noNotes.querySelectorAll('button')].some((b) =>
        b.getAttribute('aria-controls')?.endsWith('-notes'),
      ),
    ).to.equal(false);
  });

  it('shows answers read-only in review mode', async () => {
    const session = sessionFor();
    session.dispatch({ type: 'answer', question: 'kind', value: 'a' });
    const el = await fixture<AimsQuestionnaire>(
      html`<aims-questionnaire readonly .session=${session}></aims-questionnaire>`,
    );
    const alpha = byLabel(questionByText(el, 'Kind of system'), 'Alpha');
    expect(alpha.checked).to.equal(true);
    expect(alpha.disabled).to.equal(true);
    expect(questionByText(el, 'How many AI systems?').querySelector('input')!.readOnly).to.equal(
      true,
    );
    alpha.disabled = false;
    await click(el, byLabel(questionByText(el, 'Kind of system'), 'Beta'));
    expect(session.state.response.answers.kind?.value).to.equal('a');
  });

  it('uses the German catalog and definition text for locale="de"', async () => {
    const el = await fixture<AimsQuestionnaire>(
      html`<div lang="de"><aims-questionnaire .session=${sessionFor()}></aims-questionnaire></div>`,
    ).then((d) => d.firstElementChild as AimsQuestionnaire);
    const { de } = await import('../../components/base/messages/de.js');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(button(el, de.next)).to.exist;
    expect($(el, 'h2').textContent).to.equal('Umfang');
    el.locale = 'en';
    await el.updateComplete;
    expect(button(el, en.next)).to.exist;
    expect($(el, 'h2').textContent).to.equal('Scope');
  });

  it('has a complete German catalog (same keys, every placeholder kept)', async () => {
    const { de } = await import('../../components/base/messages/de.js');
    expect(Object.keys(de).sort()).to.deep.equal(Object.keys(en).sort());
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      expect((de[k].match(/\{\w+\}/g) ?? []).sort(), k).to.deep.equal(
        (en[k].match(/\{\w+\}/g) ?? []).sort(),
      );
    }
  });

  it("picks a count's singular with Intl.PluralRules; every …One key has its plural", async () => {
    const { de } = await import('../../components/base/messages/de.js');
    const keys = { one: 'errorSummaryOne', other: 'errorSummary' } as const;
    expect(pluralKey('en', 1, keys)).to.equal('errorSummaryOne');
    expect(pluralKey('en', 0, keys)).to.equal('errorSummary');
    expect(pluralKey('en', 2, keys)).to.equal('errorSummary');
    expect(pluralKey('de', 1, keys)).to.equal('errorSummaryOne');
    expect(pluralKey('de', 3, keys)).to.equal('errorSummary');
    expect(pluralKey('not a locale!', 1, keys)).to.equal('errorSummaryOne');
    const singulars = Object.keys(en).filter((key) => key.endsWith('One'));
    expect(singulars.length).to.be.greaterThan(3);
    for (const key of singulars) {
      const plural = key.slice(0, -'One'.length);
      expect(Object.hasOwn(en, plural), plural).to.equal(true);
      expect(Object.hasOwn(de, plural) && Object.hasOwn(de, key), key).to.equal(true);
    }
  });

  it('takes part in a host form: value, validity and reset', async () => {
    const session = sessionFor();
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <aims-questionnaire name="assessment" .session=${session}></aims-questionnaire>
      </form>`,
    );
    const el = form.querySelector('aims-questionnaire')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    session.dispatch({ type: 'answer', question: 'role', value: ['user'] });
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    const sent = JSON.parse(new FormData(form).get('assessment') as string);
    expect(sent.answers.role.value).to.deep.equal(['user']);
    expect(sent.definition).to.deep.equal({ id: 'test-all', version: '1.0.0' });
    form.reset();
    await el.updateComplete;
    expect(session.state.response.answers).to.deep.equal({});
    expect(JSON.parse(new FormData(form).get('assessment') as string).answers).to.deep.equal({});
  });

  it('can be restyled by the host through tokens and parts', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <style>
          .brand {
            --aims-color-accent: rgb(200, 0, 100);
            --aims-font-family: Georgia, serif;
            --aims-radius-m: 0px;
          }
          .brand aims-questionnaire::part(question) {
            border-width: 3px;
          }
        </style>
        <div class="brand">
          <aims-questionnaire theme="light" .session=${sessionFor()}></aims-questionnaire>
        </div>
      </div>`,
    );
    const el = wrap.querySelector('aims-questionnaire')!;
    await el.updateComplete;
    const next = button(el, en.next);
    expect(getComputedStyle(next).backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(el).fontFamily).to.contain('Georgia');
    const fs = questionByText(el, 'Your roles');
    expect(getComputedStyle(fs).borderTopWidth).to.equal('3px');
    expect(getComputedStyle(fs).borderTopLeftRadius).to.equal('0px');
  });

  it('shows a clear message without a session', async () => {
    const el = await fixture<AimsQuestionnaire>(html`<aims-questionnaire></aims-questionnaire>`);
    expect(el.shadowRoot!.textContent).to.contain(en.noSession);
  });
});
