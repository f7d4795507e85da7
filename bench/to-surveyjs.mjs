// Converts an aimskit definition (JSON) into SurveyJS JSON with the same content, for the
// side-by-side benchmarks: each section becomes a page, `scale` and `choice` questions radio groups
// with the same options (option id as value, label as text), `multi` checkboxes, `text` a comment
// box, `number` and `date` text inputs of that type; `help` becomes the description; `required`,
// `showIf` and `requiredIf` carry over. Conditions are translated from their parsed form (the
// caller passes aimskit's `parseCondition`), fully parenthesised so that no precedence rule of
// either language matters.

/**
 * One text of a `Text` value: the string itself, or the English (else first) entry of a localized
 * map.
 */
const text = (t) => (t === undefined || typeof t === 'string' ? t : (t.en ?? Object.values(t)[0]));

/** A SurveyJS string literal (single quotes, or double when the text holds a single quote). */
function literal(value) {
  if (typeof value !== 'string') return String(value);
  const quote = value.includes("'") ? '"' : "'";
  if (value.includes(quote)) throw new Error(`cannot quote ${JSON.stringify(value)} for SurveyJS`);
  return quote + value + quote;
}

/** A parsed aimskit condition (ConditionAst) as a SurveyJS expression. */
export function conditionToSurveyJs(node) {
  switch (node.type) {
    case 'ref':
      return `{${node.id}}`;
    case 'literal':
      return literal(node.value);
    case 'not':
      return `!(${conditionToSurveyJs(node.operand)})`;
    case 'empty':
    case 'notempty':
      return `(${conditionToSurveyJs(node.operand)} ${node.type})`;
    case 'compare':
      return `(${conditionToSurveyJs(node.left)} ${node.op} ${conditionToSurveyJs(node.right)})`;
    case 'and':
    case 'or':
      return `(${node.operands.map(conditionToSurveyJs).join(` ${node.type} `)})`;
    default:
      throw new Error(`unknown condition node ${JSON.stringify(node.type)}`);
  }
}

/**
 * The SurveyJS JSON of an aimskit definition.
 * @param {Record<string, any>} def an aimskit definition (JSON or parsed)
 * @param {(source: string) => object} parseCondition aimskit's `parseCondition`
 */
export function toSurveyJs(def, parseCondition) {
  const scales = new Map((def.scales ?? []).map((s) => [s.id, s.options]));
  const cond = (src) => conditionToSurveyJs(parseCondition(src));
  const choices = (options) => options.map((o) => ({ value: o.id, text: text(o.label) }));
  const question = (q) => {
    const base = { name: q.id, title: text(q.text) };
    if (q.help !== undefined) base.description = text(q.help);
    if (q.required) base.isRequired = true;
    if (q.showIf) base.visibleIf = cond(q.showIf);
    if (q.requiredIf) base.requiredIf = cond(q.requiredIf);
    switch (q.type) {
      case 'scale': {
        const options = scales.get(q.scale);
        if (!options) throw new Error(`question ${q.id}: unknown scale ${JSON.stringify(q.scale)}`);
        return { type: 'radiogroup', ...base, choices: choices(options) };
      }
      case 'choice':
        return { type: 'radiogroup', ...base, choices: choices(q.options) };
      case 'multi':
        return { type: 'checkbox', ...base, choices: choices(q.options) };
      case 'text':
        return { type: 'comment', ...base };
      case 'number':
        return {
          type: 'text',
          inputType: 'number',
          ...base,
          ...(q.min !== undefined ? { min: q.min } : {}),
          ...(q.max !== undefined ? { max: q.max } : {}),
        };
      case 'date':
        return { type: 'text', inputType: 'date', ...base };
      default:
        throw new Error(`question ${q.id}: unknown type ${JSON.stringify(q.type)}`);
    }
  };
  return {
    title: text(def.title),
    pages: def.sections.map((s) => ({
      name: s.id,
      title: text(s.title),
      ...(s.description !== undefined ? { description: text(s.description) } : {}),
      elements: s.questions.map(question),
    })),
  };
}
