// The free quick scan: questionnaire, compact scorecard with a call to action, and the full report.
// A shared link (`#r=…`) opens the shared result instead of the visitor's own draft, in memory
// only, so that viewing someone's result never overwrites the draft this browser keeps.
const box = document.querySelector('aims-assessment')!;
const shared = location.hash.includes('r=');
// Before the elements are registered and open the store.
if (shared) box.setAttribute('storage', 'memory');
const { decodeShareLink } = await import('../components/index.js');
const log = document.getElementById('log')!;

box.addEventListener('aims-ready', async () => {
  if (!shared) return;
  const session = box.session!;
  try {
    const response = await decodeShareLink(location.hash, session.state.definition);
    session.dispatch({ type: 'replace', response });
    log.textContent = 'Showing a shared result.';
  } catch (error) {
    log.textContent = `This link could not be read: ${(error as Error).message}`;
  }
});
box.addEventListener('aims-cta', (event) => {
  const { readiness, band } = event.detail;
  const figures = `readiness ${readiness ?? '–'} (${band ?? 'no band'})`;
  log.textContent = `Call to action chosen at ${figures}.`;
});
box.addEventListener('aims-navigate', (event) => {
  log.textContent = `Opening question ${event.detail.question}.`;
});
// Ctrl+P prints the full report too: open it first.
window.addEventListener('beforeprint', () => {
  (document.getElementById('full') as HTMLDetailsElement).open = true;
});
