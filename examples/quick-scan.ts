// A product site's free quick scan: the questionnaire, then the compact scorecard with the host's
// call to action (a small lead form) and a share link. A link with `#r=…` opens the shared result:
// it is decoded in the browser, shown read-only and kept in memory only, so the visitor's own draft
// is left alone and no server is involved.
import type { AimsAssessment, AimsQuestionnaire } from '../components/index.js';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const box = document.querySelector('aims-assessment')! as AimsAssessment;
const questionnaire = document.querySelector('aims-questionnaire')! as AimsQuestionnaire;
const result = byId('result');
const shared = /(?:^#|&)r=([^&]*)/.exec(location.hash)?.[1];

// Decide before the elements upgrade: a shared result must not be written over the visitor's own
// draft.
if (shared !== undefined) {
  box.setAttribute('storage', 'memory');
  questionnaire.setAttribute('readonly', '');
}
const { decodeShareLink, encodeShareLink, bandsOf, localize } =
  await import('../components/index.js');

/** Shows the result (once); with `focus`, moves there, as after Finish. */
function showResult(focus = false): void {
  result.hidden = false;
  if (focus) {
    result.focus();
    result.scrollIntoView({ block: 'start' });
  }
}

box.addEventListener('aims-ready', async () => {
  const session = box.session!;
  if (shared === undefined) {
    if (session.state.scorecard.overall.completion === 1) showResult();
    return;
  }
  byId('shared-note').hidden = false;
  try {
    const response = await decodeShareLink(location.hash, session.state.definition);
    session.dispatch({ type: 'replace', response });
    byId('shared-text').textContent =
      'You are looking at a shared quick-scan result. ' +
      'Nothing about it is stored on a server or in this browser.';
    byId('result-title').textContent = 'Shared result';
    showResult();
  } catch (error) {
    byId('shared-text').textContent = `This link could not be read (${(error as Error).message}).`;
  }
});

// The result appears once every question is answered; Finish moves to it.
box.addEventListener('aims-change', (event) => {
  if (event.detail.completion === 1 && result.hidden) {
    showResult();
    byId('scan-status').textContent = 'All questions answered: your result is below.';
  }
});
box.addEventListener('aims-submit', (event) => {
  event.preventDefault(); // a quick scan keeps no sealed copy
  showResult(true);
});

// The call to action: the scorecard emits aims-cta with the figures; the host opens its lead form
// with them.
const lead = byId<HTMLFormElement>('lead');
const field = (name: string) => lead.elements.namedItem(name) as HTMLInputElement;
const one = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** The band's label in the definition, or its id with a capital when it has none. */
function bandName(band: string | null): string {
  const definition = box.session!.state.definition;
  const label = bandsOf(definition).find((candidate) => candidate.id === band)?.label;
  if (label) return localize(label);
  return band ? band[0]!.toUpperCase() + band.slice(1) : '';
}

/** What the lead form says it will go through with the visitor. */
function leadSummary(readiness: number | null, band: string | null): string {
  if (readiness === null) return 'We will go through your answers with you.';
  const figures = `readiness ${one.format(readiness)} of 100 (${bandName(band)})`;
  return `We will go through your result with you: ${figures}.`;
}

box.addEventListener('aims-cta', async (event) => {
  const { readiness, band } = event.detail;
  field('readiness').value = readiness === null ? '' : String(readiness);
  field('band').value = band ?? '';
  byId('lead-summary').textContent = leadSummary(readiness, band);
  if (!lead.hidden) return;
  lead.hidden = false;
  byId('cta-open').setAttribute('aria-expanded', 'true');
  lead.querySelector('input')!.focus();
  try {
    // the link to this result goes with the request, so the expert sees the same answers
    field('result').value = await encodeShareLink(box.session!.state.response, location.href);
  } catch {
    /* too large for a link: the figures above are enough */
  }
});
byId('cta-open').setAttribute('aria-expanded', 'false');
byId('cta-open').setAttribute('aria-controls', 'lead');
lead.addEventListener('submit', (event) => {
  event.preventDefault();
  // A real site would send the form here (name, email, company, readiness, band and the result
  // link).
  const name = field('name').value.trim();
  lead.hidden = true;
  byId('cta-open').setAttribute('aria-expanded', 'false');
  byId('lead-thanks').textContent =
    `Thank you, ${name}. We will be in touch within one working day. (A demo: nothing was sent.)`;
});

// Opening another shared link in this tab changes only the fragment: load the page again to show
// it.
addEventListener('hashchange', () => {
  if (/(?:^#|&)r=([^&]*)/.exec(location.hash)?.[1] !== shared) location.reload();
});
