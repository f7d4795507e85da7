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

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const source = byId<HTMLTextAreaElement>('source');
const result = byId<HTMLElement>('result');

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

const pluralRules = new Intl.PluralRules('en');

/** `1 section`, `2 sections`: the count with its noun. */
const counted = (count: number, noun: string) =>
  `${count} ${pluralRules.select(count) === 'one' ? noun : `${noun}s`}`;

function showProblems(issues: readonly AimsIssue[]): void {
  result.dataset.state = 'invalid';
  const list = el(
    'ol',
    undefined,
    issues.map((issue) =>
      el('li', undefined, [
        el('code', issue.path || '(document)'),
        document.createTextNode(`: ${issue.message}`),
      ]),
    ),
  );
  list.className = 'validate-problems';
  result.replaceChildren(el('h2', counted(issues.length, 'problem')), list);
}

function showSummary(definition: AssessmentDefinition): void {
  result.dataset.state = 'valid';
  const locale = definition.locale ?? 'en';
  const { id, version, sections, scales } = definition;
  const questions = sections.reduce((count, section) => count + section.questions.length, 0);
  const requirements = definition.requirements ?? [];
  const clauses = requirements.filter((requirement) => requirement.kind === 'clause').length;
  const controls = requirements.length - clauses;
  const kinds = `${counted(clauses, 'clause')}, ${counted(controls, 'control')}`;
  const matrix = definition.riskMatrix ? 'its own risk matrix' : 'the built-in risk matrix';
  const facts = el('ul', undefined, [
    el('li', `Definition "${localize(definition.title, locale)}" (${id}, version ${version})`),
    el('li', `${counted(sections.length, 'section')}, ${counted(questions, 'question')}`),
    el('li', `${counted(requirements.length, 'requirement')} (${kinds})`),
    el('li', `${counted(scales.length, 'scale')}, ${matrix}`),
  ]);
  const sectionList = el(
    'ol',
    undefined,
    sections.map((section) =>
      el(
        'li',
        `${localize(section.title, locale)}: ${counted(section.questions.length, 'question')}`,
      ),
    ),
  );
  result.replaceChildren(el('h2', 'Valid definition'), facts, el('h3', 'Sections'), sectionList);
}

function validate(): void {
  let json: unknown;
  try {
    json = JSON.parse(source.value);
  } catch (error) {
    showProblems([{ path: '', message: `is not valid JSON: ${(error as Error).message}` }]);
    return;
  }
  const parsed = safeParseDefinition(json);
  if (parsed.success) showSummary(parsed.data);
  else showProblems(parsed.issues);
}

const load = (definition: unknown) => {
  source.value = JSON.stringify(definition, null, 2);
  validate();
};

byId<HTMLFormElement>('form').addEventListener('submit', (event) => {
  event.preventDefault();
  validate();
});
byId<HTMLButtonElement>('load-valid').addEventListener('click', () => load(sample));
byId<HTMLButtonElement>('load-broken').addEventListener('click', () => load(broken));
// `?sample=broken` opens the page on the sample with mistakes.
load(new URLSearchParams(location.search).get('sample') === 'broken' ? broken : sample);
