// A vendor's customer portal: the full assessment in the host's own tabs, saved in the browser as
// the customer works, and a panel showing what the vendor receives on submit (digest, readiness, a
// JSON download).
import '../components/index.js';
import { bandsOf, localize, type Envelope } from '../components/index.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const box = document.querySelector('aims-assessment')!;

// Tabs (WAI-ARIA tabs pattern, automatic activation): the host's markup, not an aimskit element.
const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
function select(tab: HTMLButtonElement, focus = false): void {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')!).hidden = !on;
  }
  if (focus) tab.focus();
}
for (const tab of tabs) {
  tab.addEventListener('click', () => select(tab));
  tab.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(tab),
      n = tabs.length;
    const rtl = getComputedStyle(tab).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[e.key];
    const to = step
      ? tabs[(i + step + n) % n]
      : e.key === 'Home'
        ? tabs[0]
        : e.key === 'End'
          ? tabs[n - 1]
          : undefined;
    if (!to) return;
    e.preventDefault();
    select(to, true);
  });
}
// A gap link in the scorecard opens its question: show the questionnaire tab first (the scorecard
// then calls goTo).
box.addEventListener('aims-navigate', () => select($<HTMLButtonElement>('tab-questions')));

// Submitting: the host's button, or Finish on the questionnaire's last section.
const status = $('submit-status');
$('submit').addEventListener('click', async () => {
  status.textContent = 'Sealing your assessment…';
  try {
    if (!(await box.submit())) status.textContent = 'Nothing was submitted.';
  } catch (e) {
    status.textContent = `Not submitted: ${(e as Error).message}`;
  }
});

let download = '';
const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const one = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
box.addEventListener('aims-submit', (e) => {
  // This is where a real portal would POST the envelope to its server, which verifies and re-scores
  // it.
  const envelope = e.detail.envelope as Envelope;
  const { overall } = envelope.scorecard;
  const band = bandsOf(box.session!.state.definition).find((b) => b.id === overall.band);
  const bandName = band?.label ? localize(band.label) : (overall.band ?? '');
  $('got-readiness').textContent =
    overall.readiness === null ? 'Not scored yet' : `${one.format(overall.readiness)} of 100`;
  $('got-band').textContent = bandName ? bandName[0]!.toUpperCase() + bandName.slice(1) : '–';
  $('got-completion').textContent = pct.format(overall.completion);
  $('got-risks').textContent = String(envelope.response.risks?.length ?? 0);
  $('got-created').textContent = new Date(envelope.createdAt).toLocaleString('en');
  $('got-definition').textContent = `${envelope.definition.id} ${envelope.definition.version}`;
  $('got-digest').textContent = envelope.sha256;
  if (download) URL.revokeObjectURL(download);
  download = URL.createObjectURL(
    new Blob([JSON.stringify(envelope, null, 2)], { type: 'application/json' }),
  );
  $<HTMLAnchorElement>('got-download').href = download;
  status.textContent = 'Submitted. Northwind received the sealed file below.';
  const panel = $('received');
  panel.hidden = false;
  panel.focus();
});
