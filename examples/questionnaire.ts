// The full ISO/IEC 42001 assessment with a live readiness figure read from `aims-change`.
import '../components/index.js';

const out = (id: string) => document.getElementById(id)!;
const pct = new Intl.NumberFormat('en', { style: 'percent' });
const assessment = document.querySelector('aims-assessment')!;

assessment.addEventListener('aims-change', (event) => {
  const { readiness, band, completion } = event.detail;
  out('readiness').textContent = readiness === null ? '–' : `${readiness.toFixed(1)}`;
  out('band').textContent = band ?? '–';
  out('completion').textContent = pct.format(completion);
});
assessment.addEventListener('aims-ready', () => {
  const { overall } = assessment.session!.state.scorecard;
  out('readiness').textContent = overall.readiness === null ? '–' : overall.readiness.toFixed(1);
  out('band').textContent = overall.band ?? '–';
  out('completion').textContent = pct.format(overall.completion);
});
assessment.addEventListener('aims-submit', (event) => {
  const json = JSON.stringify(event.detail.envelope, null, 2);
  const blob = new Blob([json], { type: 'application/json' });
  const anchor = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(blob),
    download: 'aims-response.json',
  });
  anchor.click();
  URL.revokeObjectURL(anchor.href);
});
