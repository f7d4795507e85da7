// The full ISO/IEC 42001 assessment with a live readiness figure read from `aims-change`.
import '../components/index.js';

const out = (id: string) => document.getElementById(id)!;
const pct = new Intl.NumberFormat('en', { style: 'percent' });
const el = document.querySelector('aims-assessment')!;

el.addEventListener('aims-change', (e) => {
  const { readiness, band, completion } = e.detail;
  out('readiness').textContent = readiness === null ? '–' : `${readiness.toFixed(1)}`;
  out('band').textContent = band ?? '–';
  out('completion').textContent = pct.format(completion);
});
el.addEventListener('aims-ready', () => {
  const { overall } = el.session!.state.scorecard;
  out('readiness').textContent = overall.readiness === null ? '–' : overall.readiness.toFixed(1);
  out('band').textContent = overall.band ?? '–';
  out('completion').textContent = pct.format(overall.completion);
});
el.addEventListener('aims-submit', (e) => {
  const blob = new Blob([JSON.stringify(e.detail.envelope, null, 2)], { type: 'application/json' });
  const a = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(blob),
    download: 'aims-response.json',
  });
  a.click();
  URL.revokeObjectURL(a.href);
});
