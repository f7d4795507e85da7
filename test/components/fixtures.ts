/** Small definitions and helpers shared by the component tests. */
import { parseDefinition, type AssessmentDefinition } from '../../src/model/index.js';
import { createSession } from '../../src/session/index.js';
import type { AssessmentSession } from '../../src/session/types.js';

const maturity = {
  id: 'maturity',
  options: [
    { id: '0', label: 'Incomplete', value: 0, description: 'Nothing is in place.' },
    { id: '3', label: 'Defined', value: 0.6, description: 'Documented and applied.' },
    { id: '5', label: 'Optimizing', value: 1, description: 'Measured and improved.' },
    { id: 'na', label: 'Not applicable', na: true },
  ],
};

/**
 * Two sections, every question type, a showIf, a requiredIf, a required question, N/A and a
 * recommendation.
 */
export const allTypes: AssessmentDefinition = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'test-all',
  version: '1.0.0',
  title: { en: 'Test assessment', de: 'Testbewertung' },
  scales: [maturity],
  requirements: [{ id: 'A.6.2.4', title: 'Verification', kind: 'control', group: 'A.6' }],
  sections: [
    {
      id: 's1',
      title: { en: 'Scope', de: 'Umfang' },
      questions: [
        {
          id: 'role',
          type: 'multi',
          text: 'Your roles',
          required: true,
          options: [
            { id: 'dev', label: 'Developer' },
            { id: 'user', label: 'User' },
          ],
        },
        {
          id: 'dev-only',
          type: 'text',
          text: 'What do you develop?',
          showIf: "{role} contains 'dev'",
        },
        {
          id: 'kind',
          type: 'choice',
          text: 'Kind of system',
          options: [
            { id: 'a', label: 'Alpha', value: 1 },
            { id: 'b', label: 'Beta', value: 0, requiresJustification: true },
          ],
        },
        {
          id: 'count',
          type: 'number',
          text: 'How many AI systems?',
          min: 0,
          max: 100,
          requiredIf: "{kind} = 'a'",
        },
        { id: 'since', type: 'date', text: 'In use since', comments: false, attachments: false },
      ],
    },
    {
      id: 's2',
      title: { en: 'Life cycle', de: 'Lebenszyklus' },
      questions: [
        {
          id: 'vv',
          type: 'scale',
          scale: 'maturity',
          requirement: 'A.6.2.4',
          text: { en: 'Verification and validation', de: 'Verifizierung und Validierung' },
          help: 'Plans, test reports.',
          evidence: 'operation',
          recommendation: 'Write a V&V plan.',
          commentLabel: 'Describe your implementation',
        },
      ],
    },
  ],
});

export function sessionFor(definition: AssessmentDefinition = allTypes): AssessmentSession {
  return createSession({ definition });
}

/** A shadow-root query that fails loudly. */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The fieldset of a question (by its legend text, as a user finds it). */
export function questionByText(el: Element, text: string): HTMLFieldSetElement {
  const fs = $$<HTMLFieldSetElement>(el, 'fieldset').find((f) =>
    f.querySelector('legend')?.textContent?.includes(text),
  );
  if (!fs) throw new Error(`no question "${text}"`);
  return fs;
}

/** A labelled control inside a root, by its label's visible text. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(
  root: ParentNode,
  text: string,
): T {
  const label = [...root.querySelectorAll('label')].find((l) =>
    l.textContent?.trim().includes(text),
  );
  const control =
    label?.querySelector('input, textarea, select') ??
    (label as HTMLLabelElement | undefined)?.control;
  if (!control) throw new Error(`no control labelled "${text}"`);
  return control as T;
}
