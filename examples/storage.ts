// Storage problems as a host page hears them: every `aims-storage-error` is listed with the record
// it names.
import '../components/index.js';

const el = document.querySelector('aims-assessment')!;
const log = document.getElementById('log')!;

el.addEventListener('aims-storage-error', (e) => {
  document.getElementById('log-empty')!.hidden = true;
  const li = document.createElement('li');
  li.textContent = `${e.detail.key}: ${e.detail.problem}`;
  log.append(li);
});
