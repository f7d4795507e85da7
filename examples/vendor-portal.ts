// A vendor's customer portal: the full assessment in the host's own tabs, saved in the browser as
// the customer works, and a panel showing what the vendor receives on submit (digest, readiness, a
// JSON download).
import '../components/index.js';
import { bandsOf, localize, type Envelope } from '../components/index.js';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const box = document.querySelector('aims-assessment')!;

// Tabs (WAI-ARIA tabs pattern, automatic activation): the host's markup, not an aimskit element.
const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
function select(tab: HTMLButtonElement, focus = false): void {
  for (const candidate of tabs) {
    const on = candidate === tab;
    candidate.setAttribute('aria-selected', String(on));
    candidate.tabIndex = on ? 0 : -1;
    byId(candidate.getAttribute('aria-controls')!).hidden = !on;
  }
  if (focus) tab.focus();
}
/** The tab a key moves to from `tab` (arrows wrap around, flipped in RTL), if any. */
function tabFor(tab: HTMLButtonElement, key: string): HTMLButtonElement | undefined {
  const index = tabs.indexOf(tab);
  const count = tabs.length;
  const rtl = getComputedStyle(tab).direction === 'rtl';
  const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[key];
  if (step) return tabs[(index + step + count) % count];
  if (key === 'Home') return tabs[0];
  if (key === 'End') return tabs[count - 1];
  return undefined;
}

for (const tab of tabs) {
  tab.addEventListener('click', () => select(tab));
  tab.addEventListener('keydown', (event) => {
    const to = tabFor(tab, event.key);
    if (!to) return;
    event.preventDefault();
    select(to, true);
  });
}
// A gap link in the scorecard opens its question: show the questionnaire tab first (the scorecard
// then calls goTo).
box.addEventListener('aims-navigate', () => select(byId<HTMLButtonElement>('tab-questions')));
// The scorecard's "Open the action plan" link (plan-href="#plan") opens the Plan tab.
window.addEventListener('hashchange', () => {
  if (location.hash === '#plan') select(byId<HTMLButtonElement>('tab-plan'), true);
});

// Submitting: the host's button, or Finish on the questionnaire's last section.
const status = byId('submit-status');
byId('submit').addEventListener('click', async () => {
  status.textContent = 'Sealing your assessment…';
  try {
    if (!(await box.submit())) status.textContent = 'Nothing was submitted.';
  } catch (error) {
    status.textContent = `Not submitted: ${(error as Error).message}`;
  }
});

let download = '';
const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const one = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
box.addEventListener('aims-submit', (event) => {
  // This is where a real portal would POST the envelope to its server, which verifies and re-scores
  // it.
  const envelope = event.detail.envelope as Envelope;
  const { overall } = envelope.scorecard;
  const band = bandsOf(box.session!.state.definition).find((b) => b.id === overall.band);
  const bandName = band?.label ? localize(band.label) : (overall.band ?? '');
  byId('got-readiness').textContent =
    overall.readiness === null ? 'Not scored yet' : `${one.format(overall.readiness)} of 100`;
  byId('got-band').textContent = bandName ? bandName[0]!.toUpperCase() + bandName.slice(1) : '–';
  byId('got-completion').textContent = pct.format(overall.completion);
  byId('got-risks').textContent = String(envelope.response.risks?.length ?? 0);
  byId('got-created').textContent = new Date(envelope.createdAt).toLocaleString('en');
  byId('got-definition').textContent = `${envelope.definition.id} ${envelope.definition.version}`;
  byId('got-digest').textContent = envelope.sha256;
  if (download) URL.revokeObjectURL(download);
  download = URL.createObjectURL(
    new Blob([JSON.stringify(envelope, null, 2)], { type: 'application/json' }),
  );
  byId<HTMLAnchorElement>('got-download').href = download;
  status.textContent = 'Submitted. Northwind received the sealed file below.';
  const panel = byId('received');
  panel.hidden = false;
  panel.focus();
});
