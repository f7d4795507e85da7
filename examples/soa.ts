// The Statement of Applicability over the demo draft; logs aims-soa-change and aims-soa-export.
import '../components/index.js';

const table = document.querySelector('aims-soa-table')!;
const log = document.getElementById('log')!;
const note = (text: string) => {
  const item = document.createElement('li');
  item.textContent = text;
  log.prepend(item);
};

document.getElementById('readonly')!.addEventListener('change', (event) => {
  table.readonly = (event.target as HTMLInputElement).checked;
});
table.addEventListener('aims-soa-change', (event) =>
  note(`aims-soa-change ${event.detail.control}: ${JSON.stringify(event.detail.decision)}`),
);
// Not prevented, so the file downloads; a host could preventDefault() and send event.detail.content
// to its server.
table.addEventListener('aims-soa-export', (event) =>
  note(`aims-soa-export ${event.detail.filename} (${event.detail.content.length} characters)`),
);
