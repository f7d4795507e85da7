// The free quick scan: questionnaire, compact scorecard with a call to action, and the full report.
// A shared link (`#r=…`) opens the shared result instead of the visitor's own draft.
import '../components/index.js';
import { decodeShareLink } from '../src/io/share-link.js';

const box = document.querySelector('aims-assessment')!;
const log = document.getElementById('log')!;

box.addEventListener('aims-ready', async () => {
  if (!location.hash.includes('r=')) return;
  const session = box.session!;
  try {
    const response = await decodeShareLink(location.hash, session.state.definition);
    session.dispatch({ type: 'replace', response });
    log.textContent = 'Showing a shared result.';
  } catch (e) {
    log.textContent = `This link could not be read: ${(e as Error).message}`;
  }
});
box.addEventListener('aims-cta', (e) => {
  const { readiness, band } = e.detail;
  log.textContent = `Call to action chosen at readiness ${readiness ?? '–'} (${band ?? 'no band'}).`;
});
box.addEventListener('aims-navigate', (e) => {
  log.textContent = `Opening question ${e.detail.question}.`;
});
// Ctrl+P prints the full report too: open it first.
window.addEventListener('beforeprint', () => { (document.getElementById('full') as HTMLDetailsElement).open = true; });
