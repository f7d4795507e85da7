// <aims-scorecard>'s section on what an ISO/IEC 27001 ISMS brings: shown in the full report when
// the scope names an ISMS, absent otherwise and in the compact variant. Real browsers.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/scorecard/define.js';
import type { AimsScorecard } from '../../components/scorecard/scorecard.js';
import { en } from '../../components/base/messages/en.js';
import { de } from '../../components/base/messages/de.js';
import { loadMessages } from '../../components/base/i18n.js';
import {
  parseDefinition,
  type Answer,
  type AssessmentDefinition,
  type AssessmentResponse,
} from '../../src/core.js';
import { iso42001QuickScan } from '../../src/content.js';
import { createSession } from '../../src/session/index.js';
import { $$ } from './fixtures.js';

const scale = {
  id: 'm',
  options: [0, 0.2, 0.4, 0.6, 0.8, 1].map((value, index) => ({
    id: String(index),
    label: `L${index}`,
    value,
  })),
};
const question = (id: string, requirement: string) => ({
  id,
  type: 'scale' as const,
  scale: 'm',
  requirement,
  text: `Question ${id}`,
});
const DEF = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'sc-isms',
  version: '1',
  title: 'ISMS',
  scales: [scale],
  requirements: [
    { id: '5.2', title: 'AI policy', kind: 'clause', group: '5' },
    { id: '6.3', title: 'Planning of changes', kind: 'clause', group: '6' },
    { id: '7.2', title: 'Competence', kind: 'clause', group: '7' },
    { id: '9.2.1', title: 'Internal audit: general', kind: 'clause', group: '9' },
  ],
  sections: [
    {
      id: 'scope',
      title: 'Scope',
      questions: [
        {
          id: 'scope-isms',
          type: 'choice',
          text: 'Do you run an ISMS?',
          options: ['certified', 'implemented', 'no'].map((option) => ({
            id: option,
            label: option,
          })),
        },
      ],
    },
    {
      id: 'clauses',
      title: 'Clauses',
      questions: [question('c5-2', '5.2'), question('c6-3', '6.3'), question('c7-2', '7.2')],
    },
  ],
});
const ANSWERS: Record<string, Answer> = {
  'c5-2': { value: '3' },
  'c6-3': { value: '4' },
  'c7-2': { value: '1' },
};
const responseWith = (isms?: string): AssessmentResponse => ({
  format: 'aimskit.response/1',
  definition: { id: DEF.id, version: DEF.version },
  answers: isms === undefined ? ANSWERS : { ...ANSWERS, 'scope-isms': { value: isms } },
});

async function make(
  response: AssessmentResponse,
  definition: AssessmentDefinition = DEF,
  variant: 'full' | 'compact' = 'full',
) {
  const session = createSession({ definition, response });
  const el = await fixture<AimsScorecard>(
    html`<aims-scorecard .session=${session} variant=${variant}></aims-scorecard>`,
  );
  await el.updateComplete;
  return el;
}
const section = (el: AimsScorecard) =>
  el.shadowRoot!.querySelector<HTMLElement>('section[part="isms"]');
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** Each relation's table: its caption, then its rows as lists of cell texts. */
const tablesOf = (el: AimsScorecard) =>
  $$<HTMLTableElement>(el, '[part="isms-table"]').map((table) => ({
    caption: flat(table.caption?.textContent),
    rows: [...table.tBodies[0]!.rows].map((row) =>
      [...row.cells].map((cell) => flat(cell.textContent)),
    ),
  }));

describe('<aims-scorecard>: what an ISO/IEC 27001 ISMS brings', () => {
  it('shows the counts and each relation with its clauses and readiness, accessibly', async () => {
    const el = await make(responseWith('certified'));
    const isms = section(el);
    expect(isms).to.exist;
    const heading = isms!.querySelector('h3')!;
    expect(heading.textContent).to.equal(en.scorecardIsms);
    expect(isms!.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(flat(isms!.querySelector('p')!.textContent)).to.equal(en.scorecardIsmsCertified);
    expect(
      [...isms!.querySelectorAll('[part="isms-counts"] li')].map((li) => flat(li.textContent)),
    ).to.deep.equal([
      'Reuse as it is: 2 clause requirements',
      'Extend with the AI scope: 1 clause requirement',
      'New for the AI management system: 1 clause requirement',
    ]);
    expect(tablesOf(el)).to.deep.equal([
      {
        caption: 'Reuse as it is: 2 clause requirements',
        rows: [
          ['6.3 Planning of changes', '6.3 Planning of changes', '80.0'],
          ['9.2.1 Internal audit: general', '9.2.1 Internal audit: general', en.scorecardNotScored],
        ],
      },
      {
        caption: 'Extend with the AI scope: 1 clause requirement',
        rows: [['7.2 Competence', '7.2 Competence', '20.0']],
      },
      {
        caption: 'New for the AI management system: 1 clause requirement',
        rows: [['5.2 AI policy', '5.2 Policy', '60.0']],
      },
    ]);
    await expect(el).to.be.accessible();
  });

  it('says so when the ISMS is not certified, and in German', async () => {
    const el = await make(responseWith('implemented'));
    expect(flat(section(el)!.querySelector('p')!.textContent)).to.equal(
      en.scorecardIsmsImplemented,
    );
    await loadMessages('de');
    el.locale = 'de';
    await el.updateComplete;
    const isms = section(el)!;
    expect(isms.querySelector('h3')!.textContent).to.equal(de.scorecardIsms);
    expect(flat(isms.querySelector('[part="isms-counts"] li')!.textContent)).to.equal(
      'Unverändert wiederverwenden: 2 Anforderungen der Abschnitte',
    );
    await expect(el).to.be.accessible();
  });

  it('is absent without an ISMS, unanswered, in the compact variant and for the quick scan', async () => {
    for (const response of [responseWith('no'), responseWith()]) {
      const el = await make(response);
      expect(el.shadowRoot!.querySelector('article')).to.exist;
      expect(section(el)).to.equal(null);
      await expect(el).to.be.accessible();
    }
    const compact = await make(responseWith('certified'), DEF, 'compact');
    expect(section(compact)).to.equal(null);
    const quickScan: AssessmentResponse = {
      format: 'aimskit.response/1',
      definition: { id: iso42001QuickScan.id, version: iso42001QuickScan.version },
      answers: {},
    };
    expect(section(await make(quickScan, iso42001QuickScan))).to.equal(null);
  });

  it('shows again when the scope changes to an ISMS', async () => {
    const session = createSession({ definition: DEF, response: responseWith('no') });
    const el = await fixture<AimsScorecard>(
      html`<aims-scorecard .session=${session}></aims-scorecard>`,
    );
    await el.updateComplete;
    expect(section(el)).to.equal(null);
    session.dispatch({ type: 'answer', question: 'scope-isms', value: 'certified' });
    await el.updateComplete;
    expect(section(el)).to.exist;
  });
});
