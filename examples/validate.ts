// The definition validator demo: parses the textarea's JSON with safeParseDefinition and shows
// every problem by path, or a summary of the valid definition. All text is set with textContent.
import {
  localize,
  safeParseDefinition,
  type AimsIssue,
  type AssessmentDefinition,
  type DefinitionInput,
} from '../src/core.js';

const sample: DefinitionInput = {
  $schema: 'https://aimskit.dev/definition.schema.json',
  format: 'aimskit.definition/1',
  id: 'demo-readiness',
  version: '1.0.0',
  title: 'Demo readiness check',
  scales: [
    {
      id: 'maturity',
      options: [
        { id: '0', label: 'Not started', value: 0 },
        { id: '1', label: 'Planned', value: 0.33 },
        { id: '2', label: 'In place', value: 0.67 },
        { id: '3', label: 'Measured', value: 1 },
        { id: 'na', label: 'Not applicable', na: true },
      ],
    },
    {
      id: 'mandatory',
      options: [
        { id: '0', label: 'No', value: 0 },
        { id: '1', label: 'Partly', value: 0.5 },
        { id: '2', label: 'Yes', value: 1 },
      ],
    },
  ],
  requirements: [
    { id: '5.2', title: 'AI policy', kind: 'clause', group: '5' },
    { id: 'A.6.2.4', title: 'Verification and validation', kind: 'control', group: 'A.6' },
  ],
  sections: [
    {
      id: 'scope',
      title: 'Scope',
      questions: [
        {
          id: 'role',
          type: 'multi',
          text: 'Which roles does your organisation take?',
          options: [
            { id: 'developer', label: 'Developer' },
            { id: 'deployer', label: 'Deployer' },
          ],
        },
      ],
    },
    {
      id: 'practice',
      title: 'Practice',
      questions: [
        {
          id: 'policy',
          type: 'scale',
          scale: 'mandatory',
          requirement: '5.2',
          text: 'Is there an approved AI policy?',
          required: true,
        },
        {
          id: 'verification',
          type: 'scale',
          scale: 'maturity',
          requirement: 'A.6.2.4',
          text: 'Are AI systems verified before release?',
          showIf: "{role} contains 'developer'",
        },
        {
          id: 'verification-gaps',
          type: 'text',
          text: 'What is missing?',
          showIf: '{verification} notempty',
          requiredIf: '{verification} <= 1',
        },
      ],
    },
  ],
};

const broken = structuredClone(sample) as unknown as {
  sections: { questions: Record<string, unknown>[] }[];
  requirements: Record<string, unknown>[];
};
broken.sections[1]!.questions[0]!.scale = 'maturity';
broken.sections[1]!.questions[1]!.scale = 'maturty';
broken.sections[1]!.questions[1]!.showIf = "{rol} contains 'developer'";
broken.sections[1]!.questions[2]!.requiredIf = '{verification} <=';
broken.sections[0]!.questions[0]!.id = 'policy';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const source = $<HTMLTextAreaElement>('source');
const result = $<HTMLElement>('result');

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
}

function showProblems(issues: readonly AimsIssue[]): void {
  result.dataset.state = 'invalid';
  const list = el(
    'ol',
    undefined,
    issues.map((i) =>
      el('li', undefined, [
        el('code', i.path || '(document)'),
        document.createTextNode(`: ${i.message}`),
      ]),
    ),
  );
  list.className = 'validate-problems';
  result.replaceChildren(
    el('h2', `${issues.length} problem${issues.length === 1 ? '' : 's'}`),
    list,
  );
}

function showSummary(def: AssessmentDefinition): void {
  result.dataset.state = 'valid';
  const locale = def.locale ?? 'en';
  const questions = def.sections.reduce((n, s) => n + s.questions.length, 0);
  const requirements = def.requirements ?? [];
  const clauses = requirements.filter((r) => r.kind === 'clause').length;
  const facts = el('ul', undefined, [
    el('li', `Definition "${localize(def.title, locale)}" (${def.id}, version ${def.version})`),
    el(
      'li',
      `${def.sections.length} section${def.sections.length === 1 ? '' : 's'}, ${questions} question${questions === 1 ? '' : 's'}`,
    ),
    el(
      'li',
      `${requirements.length} requirement${requirements.length === 1 ? '' : 's'} (${clauses} clause${clauses === 1 ? '' : 's'}, ${requirements.length - clauses} control${requirements.length - clauses === 1 ? '' : 's'})`,
    ),
    el(
      'li',
      `${def.scales.length} scale${def.scales.length === 1 ? '' : 's'}${def.riskMatrix ? ', its own risk matrix' : ', the built-in risk matrix'}`,
    ),
  ]);
  const sections = el(
    'ol',
    undefined,
    def.sections.map((s) =>
      el(
        'li',
        `${localize(s.title, locale)}: ${s.questions.length} question${s.questions.length === 1 ? '' : 's'}`,
      ),
    ),
  );
  result.replaceChildren(el('h2', 'Valid definition'), facts, el('h3', 'Sections'), sections);
}

function validate(): void {
  let json: unknown;
  try {
    json = JSON.parse(source.value);
  } catch (e) {
    showProblems([{ path: '', message: `is not valid JSON: ${(e as Error).message}` }]);
    return;
  }
  const r = safeParseDefinition(json);
  if (r.success) showSummary(r.data);
  else showProblems(r.issues);
}

const load = (def: unknown) => {
  source.value = JSON.stringify(def, null, 2);
  validate();
};

$<HTMLFormElement>('form').addEventListener('submit', (e) => {
  e.preventDefault();
  validate();
});
$<HTMLButtonElement>('load-valid').addEventListener('click', () => load(sample));
$<HTMLButtonElement>('load-broken').addEventListener('click', () => load(broken));
// `?sample=broken` opens the page on the sample with mistakes.
load(new URLSearchParams(location.search).get('sample') === 'broken' ? broken : sample);
