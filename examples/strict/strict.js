// The page's one script, from the same origin (script-src 'self'): registers the elements from the
// CDN build and answers two of their events. Nothing here writes markup from strings.
import '../../dist/cdn/aimskit.js';

const assessment = document.querySelector('aims-assessment');
const status = document.getElementById('status');
const language = document.getElementById('language');

assessment.addEventListener('aims-submit', (event) => {
  const { envelope } = event.detail;
  const { readiness, band } = envelope.scorecard.overall;
  const figures = `Readiness ${readiness ?? '–'} of 100 (${band ?? 'no band'})`;
  status.textContent = `Submitted. ${figures}, sealed as ${envelope.sha256.slice(0, 12)}…`;
});
assessment.addEventListener('aims-storage-error', (event) => {
  status.textContent = `Your answers could not be stored: ${event.detail.problem}`;
});

// Switching the language loads the German strings on demand (a chunk next to aimskit.js).
language.addEventListener('click', () => {
  const german = document.documentElement.lang !== 'de';
  document.documentElement.lang = german ? 'de' : 'en';
  assessment.setAttribute('locale', german ? 'de' : 'en');
  const elements = assessment.querySelectorAll(
    'aims-questionnaire, aims-scorecard, aims-risk-matrix, aims-soa-table',
  );
  for (const element of elements) element.setAttribute('locale', german ? 'de' : 'en');
  language.textContent = german ? 'English' : 'Deutsch';
});
