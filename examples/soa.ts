// The Statement of Applicability over the demo draft; logs aims-soa-change and aims-soa-export.
import '../components/index.js';

const table = document.querySelector('aims-soa-table')!;
const log = document.getElementById('log')!;
const note = (text: string) => {
  const li = document.createElement('li');
  li.textContent = text;
  log.prepend(li);
};

document.getElementById('readonly')!.addEventListener('change', (e) => {
  table.readonly = (e.target as HTMLInputElement).checked;
});
table.addEventListener('aims-soa-change', (e) =>
  note(`aims-soa-change ${e.detail.control}: ${JSON.stringify(e.detail.decision)}`),
);
// Not prevented, so the file downloads; a host could preventDefault() and send e.detail.content to
// its server.
table.addEventListener('aims-soa-export', (e) =>
  note(`aims-soa-export ${e.detail.filename} (${e.detail.content.length} characters)`),
);
