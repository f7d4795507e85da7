// <aims-scorecard>'s documented information register: the entries with their statuses and the
// count per status, each entry linked to where it is fixed, the CSV download, German, print, and
// no section for a definition without a list. Real browsers.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/scorecard/define.js';
import type { AimsScorecard } from '../../components/scorecard/scorecard.js';
import { en } from '../../components/base/messages/en.js';
import { de } from '../../components/base/messages/de.js';
import { loadMessages } from '../../components/base/i18n.js';
import {
  documentRegister,
  parseCsv,
  parseDefinition,
  type Answer,
  type AssessmentDefinition,
  type AssessmentResponse,
  type EvidenceRef,
} from '../../src/core.js';
import { createSession } from '../../src/session/index.js';
import { canEmulateMedia, emulateMediaWhereSupported } from '../browser-support.js';
import { $, $$ } from './fixtures.js';

const scale = {
  id: 'n',
  options: [
    ...[0, 0.2, 0.4, 0.6, 0.8, 1].map((value, i) => ({ id: String(i), label: `L${i}`, value })),
    { id: 'na', label: 'N/A', na: true },
  ],
};
const question = (id: string, requirement: string) => ({
  id,
  type: 'scale' as const,
  scale: 'n',
  requirement,
  text: `Question ${id}`,
});
const INPUT = {
  format: 'aimskit.definition/1',
  id: 'sc-documents',
  version: '1',
  title: 'Documents',
  scales: [{ ...scale, id: 'm', options: scale.options.slice(0, 6) }, scale],
  requirements: [
    { id: '4.3', title: 'Scope', kind: 'clause' },
    { id: '6.2', title: 'Objectives', kind: 'clause' },
    { id: '9.1', title: 'Monitoring', kind: 'clause' },
    { id: '10.2', title: 'Corrective action', kind: 'clause' },
    { id: 'A.6.2.7', title: 'Technical documentation', kind: 'control' },
  ],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        { ...question('scope', '4.3'), scale: 'm' },
        { ...question('objectives', '6.2'), scale: 'm' },
        { ...question('monitoring', '9.1'), scale: 'm' },
        { ...question('corrective', '10.2'), scale: 'm' },
        question('tech', 'A.6.2.7'),
      ],
    },
  ],
  documents: [
    {
      id: 'doc-scope',
      title: { en: 'Scope statement', de: 'Geltungsbereich' },
      description: 'What the system covers',
      requirements: ['4.3'],
    },
    { id: 'doc-objectives', title: 'Objectives', requirements: ['6.2'] },
    { id: 'doc-monitoring', title: '=cmd|"/c calc"!A1', requirements: ['9.1'] },
    { id: 'doc-corrective', title: 'Corrective actions', requirements: ['10.2'] },
    { id: 'doc-tech', title: 'Technical documentation', requirements: ['A.6.2.7'] },
  ],
};
const DEF = parseDefinition(INPUT);

const file: EvidenceRef = {
  id: 'e1',
  name: 'scope.pdf',
  type: 'application/pdf',
  size: 1,
  sha256: 'b'.repeat(64),
};
const ANSWERS: Record<string, Answer> = {
  scope: { value: '3', evidence: [file] },
  objectives: { value: '4' },
  monitoring: { value: '1' },
};
const RESPONSE: AssessmentResponse = {
  format: 'aimskit.response/1',
  definition: { id: 'sc-documents', version: '1' },
  answers: ANSWERS,
  soa: { 'A.6.2.7': { applicable: false, justification: 'We build no AI' } },
};

async function make(
  response: AssessmentResponse = RESPONSE,
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
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: AimsScorecard) => $$<HTMLTableRowElement>(el, '[part="document"]');
const statuses = (el: AimsScorecard) =>
  $$<HTMLElement>(el, '[part="document-status"]').map((cell) => cell.dataset['status']);
const counts = (el: AimsScorecard) =>
  [...$<HTMLElement>(el, '[part="document-counts"]').querySelectorAll('li')].map((li) =>
    flat(li.textContent),
  );
const downloadButton = (el: AimsScorecard) =>
  $<HTMLButtonElement>(el, '[part="document-actions"] button');

/** Clicks the download button and reads the CSV the download link points to. */
async function download(el: AimsScorecard): Promise<{ name: string; csv: string }> {
  const clicked = new Promise<HTMLAnchorElement>((resolve) => {
    const onClick = (event: Event) => {
      const target = event.target;
      if (!(target instanceof HTMLAnchorElement) || !target.download) return;
      // no file lands in the browser's download folder
      event.preventDefault();
      el.shadowRoot!.removeEventListener('click', onClick);
      resolve(target);
    };
    el.shadowRoot!.addEventListener('click', onClick);
  });
  downloadButton(el).click();
  const link = await clicked;
  const response = await fetch(link.href);
  expect(response.headers.get('content-type')).to.contain('text/csv');
  return { name: link.download, csv: await response.text() };
}

describe('<aims-scorecard>: documented information register', () => {
  it('lists every document with its status and a count per status, accessibly', async () => {
    const el = await make();
    const section = $<HTMLElement>(el, '[part="documents"]');
    expect(flat(section.querySelector('h3')!.textContent)).to.equal(en.scorecardDocuments);
    expect(rows(el).map((row) => row.dataset['document'])).to.deep.equal([
      'doc-scope',
      'doc-objectives',
      'doc-monitoring',
      'doc-corrective',
      'doc-tech',
    ]);
    expect(statuses(el)).to.deep.equal([
      'in-place',
      'evidence-missing',
      'partial',
      'missing',
      'not-applicable',
    ]);
    expect(statuses(el)).to.deep.equal(documentRegister(DEF, RESPONSE).map((doc) => doc.status));
    const cells = rows(el).map((row) => [...row.cells].map((cell) => flat(cell.textContent)));
    expect(flat($<HTMLElement>(el, '[part="document-description"]').textContent)).to.equal(
      'What the system covers',
    );
    expect(cells[0]).to.deep.equal([
      'Scope statementWhat the system covers',
      '4.3',
      en.scorecardDocInPlace,
      '1',
    ]);
    // untrusted text stays text
    expect(cells[2]![0]).to.equal('=cmd|"/c calc"!A1');
    expect(cells[4]![2]).to.equal(
      `${en.scorecardDocNotApplicable}Excluded in the Statement of Applicability: A.6.2.7`,
    );
    expect(
      $$<HTMLElement>(el, '[part="document-note"]').map((note) => flat(note.textContent)),
    ).to.deep.equal(['Excluded in the Statement of Applicability: A.6.2.7']);
    expect(counts(el)).to.deep.equal([
      `${en.scorecardDocInPlace}: 1`,
      `${en.scorecardDocEvidenceMissing}: 1`,
      `${en.scorecardDocPartial}: 1`,
      `${en.scorecardDocMissing}: 1`,
      `${en.scorecardDocNotApplicable}: 1`,
    ]);
    await expect(el).to.be.accessible();
  });

  it('links each entry with something to fix to its question', async () => {
    const el = await make();
    const links = $$<HTMLButtonElement>(el, '[part="document-link"]');
    expect(links.map((link) => flat(link.textContent))).to.deep.equal([
      'Objectives',
      '=cmd|"/c calc"!A1',
      'Corrective actions',
    ]);
    const expected = ['objectives', 'monitoring', 'corrective'];
    for (const [index, link] of links.entries()) {
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'aims-navigate');
      expect(event.detail.question).to.equal(expected[index]);
    }
  });

  it('downloads the register as CSV, in the UI language, formulas guarded', async () => {
    const el = await make();
    const { name, csv } = await download(el);
    expect(name).to.equal('sc-documents-documents.csv');
    const table = parseCsv(csv);
    expect(table[0]).to.deep.equal([
      en.scorecardDocId,
      en.scorecardDocTitle,
      en.scorecardDocDescription,
      en.scorecardDocRequirements,
      en.scorecardDocStatus,
      en.scorecardDocExcludedControls,
      en.scorecardDocQuestions,
      en.scorecardDocEvidence,
    ]);
    expect(table[1]).to.deep.equal([
      'doc-scope',
      'Scope statement',
      'What the system covers',
      '4.3',
      en.scorecardDocInPlace,
      '',
      'scope',
      '1',
    ]);
    expect(table[3]![1]).to.equal(`'=cmd|"/c calc"!A1`);
    expect(table[5]!.slice(4, 6)).to.deep.equal([en.scorecardDocNotApplicable, 'A.6.2.7']);
    expect(table.length).to.equal(6);
    expect(csv.endsWith('\r\n')).to.equal(true);
    // the link is gone once clicked
    expect(el.shadowRoot!.querySelector('a[download]')).to.equal(null);

    await loadMessages('de');
    el.locale = 'de';
    await el.updateComplete;
    expect(flat(downloadButton(el).textContent)).to.equal(de.scorecardDocDownload);
    expect(statuses(el)[0]).to.equal('in-place');
    expect(flat($<HTMLElement>(el, '[part="document-status"]').textContent)).to.equal(
      de.scorecardDocInPlace,
    );
    const german = parseCsv((await download(el)).csv);
    expect(german[0]![1]).to.equal(de.scorecardDocTitle);
    expect(german[1]!.slice(1, 5)).to.deep.equal([
      'Geltungsbereich',
      'What the system covers',
      '4.3',
      de.scorecardDocInPlace,
    ]);
    await expect(el).to.be.accessible();
  });

  it('prints with the report, without the download button', async () => {
    const el = await make(RESPONSE, DEF, 'compact');
    expect(el.shadowRoot!.querySelector('[part="documents"]')).to.equal(null);
    el.printing = true;
    await el.updateComplete;
    expect(rows(el).length).to.equal(5);
    if (!canEmulateMedia) return;
    await emulateMediaWhereSupported({ media: 'print' });
    try {
      const actions = $<HTMLElement>(el, '[part="document-actions"]');
      expect(getComputedStyle(actions).display).to.equal('none');
      expect(getComputedStyle(rows(el)[0]!).display).to.not.equal('none');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMediaWhereSupported({ media: 'screen' });
    }
  });

  it('shows no register for a definition without a list', async () => {
    const { documents: _documents, ...rest } = INPUT;
    const bare = parseDefinition(rest);
    const el = await make({ ...RESPONSE, definition: { id: 'sc-documents', version: '1' } }, bare);
    expect(el.shadowRoot!.querySelector('[part="documents"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="soa"]')).to.not.equal(null);
  });
});
