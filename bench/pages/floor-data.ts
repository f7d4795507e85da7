// What both floor pages (floor-lit.ts, floor-dom.ts) read from a definition: one section's
// questions, each with its title, description and options, and the displayed total (the average of
// the answered levels, as on the SurveyJS page). Any aimskit definition is read, so the floor also
// renders the full pack and the 1,000-question definition: options of a scale or choice become
// radio buttons (checkboxes for multi), a question without options a text field, and a question
// with a `showIf` is left out (hidden until answered before it, as in the libraries).
import { setFigure } from './shared.js';

export interface FloorOption {
  id: string;
  label: string;
  value: number;
}
export interface FloorQuestion {
  id: string;
  text: string;
  help: string;
  multi: boolean;
  options: FloorOption[];
}
type Text = string | Record<string, string> | undefined;
interface DefinitionQuestion {
  id: string;
  type: string;
  text: Text;
  help?: Text;
  scale?: string;
  options?: { id: string; label: Text; value?: number }[];
  showIf?: string;
}
interface Definition {
  scales?: { id: string; options: { id: string; label: Text; value?: number }[] }[];
  sections: { questions: DefinitionQuestion[] }[];
}

const textOf = (text: Text) =>
  text === undefined || typeof text === 'string' ? (text ?? '') : (text.en ?? '');

/** The questions of section `index` (shown before any answer) of an aimskit definition (JSON). */
export function sectionQuestions(definition: unknown, index: number): FloorQuestion[] {
  const { scales = [], sections } = definition as Definition;
  const scaleOptions = new Map(scales.map((scale) => [scale.id, scale.options]));
  return sections[index]!.questions.filter((question) => question.showIf === undefined).map(
    (question) => ({
      id: question.id,
      text: textOf(question.text),
      help: textOf(question.help),
      multi: question.type === 'multi',
      options: (question.options ?? scaleOptions.get(question.scale ?? '') ?? []).map((option) => ({
        id: option.id,
        label: textOf(option.label),
        value: option.value ?? 0,
      })),
    }),
  );
}

/** Answers by question id, and the displayed total written from them. */
export class Total {
  private readonly values = new Map<string, number>();
  set(question: string, value: number): void {
    this.values.set(question, value);
    let sum = 0;
    for (const answered of this.values.values()) sum += answered;
    setFigure(((100 * sum) / this.values.size).toFixed(2));
  }
  clear(): void {
    this.values.clear();
    setFigure('–');
  }
}
