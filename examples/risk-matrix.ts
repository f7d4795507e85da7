// The risk register demo: <aims-risk-matrix> inside <aims-assessment definition="iso42001"
// storage-key="risk-demo">. The sample risks live here, in the example, not in the SDK; they load
// only into an empty register.
import '../components/index.js';
import { SAMPLE } from './risk-matrix.sample.js';

const assessment = document.querySelector('aims-assessment')!;
const matrix = document.querySelector('aims-risk-matrix')!;
const bar = document.getElementById('sample-bar')!;
const last = document.getElementById('last-event')!;

const refresh = () => {
  bar.hidden = (assessment.session?.state.response.risks?.length ?? 0) > 0;
};
assessment.addEventListener('aims-ready', refresh);
assessment.addEventListener('aims-change', refresh);
document.getElementById('load-sample')!.addEventListener('click', () => {
  const session = assessment.session;
  if (!session || session.state.response.risks?.length) return;
  for (const risk of SAMPLE) session.dispatch({ type: 'risk-add', risk });
  void matrix.updateComplete.then(() =>
    matrix.shadowRoot?.querySelector<HTMLElement>('[role=gridcell][tabindex="0"]')?.focus(),
  );
});
for (const type of ['aims-risk-change', 'aims-cell-select'] as const) {
  matrix.addEventListener(type, (event) => {
    last.textContent = `${type}\n${JSON.stringify(event.detail, null, 2)}`;
  });
}
