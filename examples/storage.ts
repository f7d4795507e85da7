// Storage problems as a host page hears them: every `aims-storage-error` is listed with the record
// it names.
import '../components/index.js';

const assessment = document.querySelector('aims-assessment')!;
const log = document.getElementById('log')!;

assessment.addEventListener('aims-storage-error', (event) => {
  document.getElementById('log-empty')!.hidden = true;
  const item = document.createElement('li');
  item.textContent = `${event.detail.key}: ${event.detail.problem}`;
  log.append(item);
});
