// The action plan over the demo draft; logs aims-action-change and downloads the plan as CSV,
// JSON or an OSCAL Plan of Action and Milestones, all computed by the core.
import '../components/index.js';
import { actionPlanToCsv, actionPlanToJson, actionPlanToOscalPoam } from '../src/core.js';

const plan = document.querySelector('aims-action-plan')!;
const assessment = document.querySelector('aims-assessment')!;
const log = document.getElementById('log')!;
const note = (text: string) => {
  const item = document.createElement('li');
  item.textContent = text;
  log.prepend(item);
};

document.getElementById('readonly')!.addEventListener('change', (event) => {
  plan.readonly = (event.target as HTMLInputElement).checked;
});
plan.addEventListener('aims-action-change', (event) =>
  note(
    `aims-action-change ${event.detail.change} ${event.detail.id}: ${event.detail.action.title}`,
  ),
);

/** Downloads text as a file. */
function download(filename: string, type: string, content: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = filename;
  link.click();
  URL.revokeObjectURL(link.href);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-format]'))
  button.addEventListener('click', () => {
    const state = assessment.session?.state;
    if (!state) return;
    const { definition, response } = state;
    const now = new Date();
    const format = button.dataset.format;
    if (format === 'csv')
      download('action-plan.csv', 'text/csv', actionPlanToCsv(definition, response));
    else {
      const document =
        format === 'json'
          ? actionPlanToJson(definition, response, { now })
          : actionPlanToOscalPoam(definition, response, { now });
      download(`action-plan.${format}.json`, 'application/json', JSON.stringify(document, null, 2));
    }
    note(`downloaded the plan as ${format}`);
  });
