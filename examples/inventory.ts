// The AI system inventory demo: <aims-inventory> inside <aims-assessment definition="iso42001"
// storage-key="inventory-demo">. The two sample systems live here, in the example, not in the SDK;
// they load only into an empty inventory.
import '../components/index.js';
import type { AiSystem } from '../src/core.js';

const SAMPLE: AiSystem[] = [
  {
    id: 'AI-1',
    name: 'CV screening',
    purpose: 'Ranks incoming job applications for the recruiting team.',
    owner: 'Head of HR',
    stage: 'operation-monitoring',
    deployment: ['internal'],
    roles: ['deployer'],
    components: [{ name: 'Ranking service', supplier: 'HR software vendor' }],
    personalData: ['CVs', 'contact details'],
    triage: {
      prohibited: ['none'],
      'annex-i': 'no',
      'annex-iii': ['annex-iii-4-a'],
      profiling: 'yes',
      'fria-public': 'no',
      transparency: ['none'],
    },
  },
  {
    id: 'AI-2',
    name: 'Support chatbot',
    purpose: 'Answers customer questions on the help pages.',
    deployment: ['customer-facing'],
    roles: ['provider'],
    components: [{ name: 'Large language model', supplier: 'Model provider' }],
  },
];

const assessment = document.querySelector('aims-assessment')!;
const inventory = document.querySelector('aims-inventory')!;
const bar = document.getElementById('sample-bar')!;
const last = document.getElementById('last-event')!;

const refresh = () => {
  bar.hidden = (assessment.session?.state.response.systems?.length ?? 0) > 0;
};
assessment.addEventListener('aims-ready', refresh);
assessment.addEventListener('aims-change', refresh);
document.getElementById('load-sample')!.addEventListener('click', () => {
  const session = assessment.session;
  if (!session || session.state.response.systems?.length) return;
  session.dispatch({ type: 'replace', response: { ...session.state.response, systems: SAMPLE } });
});
inventory.addEventListener('aims-system-change', (event) => {
  last.textContent = `aims-system-change\n${JSON.stringify(event.detail, null, 2)}`;
});
