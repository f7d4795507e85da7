/**
 * The add/edit form of `<aims-risk-matrix>`: one field builder for every field; when the session
 * refuses the risk, the message names each field as its legend and label do.
 */
import { html, nothing } from 'lit';
import type { AimsIssue, Risk, Treatment } from '../../src/model/index.js';
import type { MessageKey } from '../base/i18n.js';
import {
  TREATMENT_KEYS,
  VIEW_KEYS,
  fieldOf,
  type RiskMatrixHost,
  type RiskView,
} from './risk-common.js';
import { renderButton } from './risk-register.js';
import { addEnglish } from '../base/i18n.js';
import { riskFormEn } from './form-messages.js';

addEnglish(riskFormEn);

/** The treatments in the order the form offers them (the order of `TREATMENT_KEYS`). */
const TREATMENT_ORDER = Object.keys(TREATMENT_KEYS) as Treatment[];

/** A `[value, label]` option of a choice field. */
type Choice = readonly [value: string, label: string];

interface FieldSpec {
  /** The form field's name (a `Risk` property). */
  readonly name: string;
  readonly label: MessageKey;
  readonly kind: 'text' | 'date' | 'area' | 'choice';
  /** The first, empty option of a choice. */
  readonly empty?: MessageKey;
  readonly required?: boolean;
  /** The fieldset a field sits in (its legend prefixes the field's name in messages). */
  readonly view?: RiskView;
}

/** The fields, in order, the likelihood and impact ones grouped by view. */
const FIELDS = {
  title: { name: 'title', label: 'riskFieldTitle', kind: 'text', required: true },
  system: { name: 'system', label: 'riskSystem', kind: 'text' },
  description: { name: 'description', label: 'riskDescription', kind: 'area' },
  affected: { name: 'affected', label: 'riskAffected', kind: 'text' },
  source: { name: 'source', label: 'riskSource', kind: 'text' },
  likelihood: {
    name: 'likelihood',
    label: 'riskLikelihood',
    kind: 'choice',
    empty: 'riskChoose',
    required: true,
    view: 'inherent',
  },
  impact: {
    name: 'impact',
    label: 'riskImpact',
    kind: 'choice',
    empty: 'riskChoose',
    required: true,
    view: 'inherent',
  },
  residualLikelihood: {
    name: 'residualLikelihood',
    label: 'riskLikelihood',
    kind: 'choice',
    empty: 'riskSameAsInherent',
    view: 'residual',
  },
  residualImpact: {
    name: 'residualImpact',
    label: 'riskImpact',
    kind: 'choice',
    empty: 'riskSameAsInherent',
    view: 'residual',
  },
  treatment: { name: 'treatment', label: 'riskTreatment', kind: 'choice', empty: 'riskTreatNone' },
  owner: { name: 'owner', label: 'riskOwner', kind: 'text' },
  due: { name: 'due', label: 'riskDue', kind: 'date' },
  acceptedBy: { name: 'acceptedBy', label: 'riskAcceptedBy', kind: 'text' },
  acceptedAt: { name: 'acceptedAt', label: 'riskAcceptedAt', kind: 'date' },
} as const satisfies Record<string, FieldSpec>;

const VIEW_FIELDS = {
  inherent: [FIELDS.likelihood, FIELDS.impact],
  residual: [FIELDS.residualLikelihood, FIELDS.residualImpact],
} as const satisfies Record<RiskView, readonly FieldSpec[]>;

/** Each field's name as the form shows it ("Residual – Likelihood"), for the refusal message. */
function fieldNames(host: RiskMatrixHost): Map<string, string> {
  const names = new Map<string, string>([
    ['id', host.msg('riskId')],
    ['controls', host.msg('riskControls')],
    ['systems', host.msg('riskSystems')],
  ]);
  for (const field of Object.values(FIELDS) as FieldSpec[]) {
    const legend = field.view ? `${host.msg(VIEW_KEYS[field.view])} – ` : '';
    names.set(field.name, legend + host.msg(field.label));
  }
  return names;
}

/** The options of a choice field. */
function choicesOf(host: RiskMatrixHost, field: FieldSpec): readonly Choice[] {
  const matrix = host.summary.matrix;
  if (field.name === 'treatment')
    return TREATMENT_ORDER.map((treatment) => [treatment, host.msg(TREATMENT_KEYS[treatment])]);
  const axis = field.label === 'riskLikelihood' ? matrix.likelihood : matrix.impact;
  return axis.map((entry) => [entry.id, host.text(entry.label)]);
}

/** One field with its label; its default value is the stored one (the form resets to it). */
function renderField(
  host: RiskMatrixHost,
  field: FieldSpec,
  stored: Readonly<Record<string, unknown>> | undefined,
  invalid: ReadonlySet<string>,
) {
  const name = field.name;
  const value = typeof stored?.[name] === 'string' ? stored[name] : '';
  const isInvalid = invalid.has(name) ? 'true' : nothing;
  const describedBy = invalid.has(name) ? 'rf-err' : nothing;
  const required = !!field.required;
  let control;
  if (field.kind === 'choice') {
    control = html`<select
      name=${name}
      ?required=${required}
      aria-invalid=${isInvalid}
      aria-describedby=${describedBy}
    >
      <option value="">${host.msg(field.empty!)}</option>
      ${choicesOf(host, field).map(
        ([option, label]) =>
          html`<option value=${option} ?selected=${option === value}>${label}</option>`,
      )}
    </select>`;
  } else if (field.kind === 'area') {
    control = html`<textarea
      name=${name}
      rows="3"
      .defaultValue=${value}
      aria-invalid=${isInvalid}
      aria-describedby=${describedBy}
    ></textarea>`;
  } else {
    control = html`<input
      name=${name}
      type=${field.kind}
      value=${field.kind === 'date' ? value.slice(0, 10) : value}
      ?required=${required}
      aria-invalid=${isInvalid}
      aria-describedby=${describedBy}
    />`;
  }
  const marker = required ? html`<span aria-hidden="true"> *</span>` : '';
  return html`<label class=${name === 'description' ? 'wide' : ''}
    ><span>${host.msg(field.label)}${marker}</span>${control}</label
  >`;
}

/** The likelihood and impact of one view, in a fieldset named by the view. */
function renderViewFields(
  host: RiskMatrixHost,
  view: RiskView,
  stored: Readonly<Record<string, unknown>> | undefined,
  invalid: ReadonlySet<string>,
) {
  return html`<fieldset>
    <legend>${host.msg(VIEW_KEYS[view])}</legend>
    ${VIEW_FIELDS[view].map((field) => renderField(host, field, stored, invalid))}
  </fieldset>`;
}

/**
 * Who accepted the residual risk and when (ISO/IEC 42001 6.1.3): a risk above the appetite needs
 * both before the certification gate on risks closes.
 */
function renderAcceptance(host: RiskMatrixHost, field: (spec: FieldSpec) => unknown) {
  return html`<fieldset>
    <legend>${host.msg('riskAcceptance')}</legend>
    <p class="muted">${host.msg('riskAcceptanceHelp')}</p>
    ${field(FIELDS.acceptedBy)}${field(FIELDS.acceptedAt)}
  </fieldset>`;
}

/** The Annex A controls a risk links, as checkboxes (when the definition has controls). */
function renderControls(host: RiskMatrixHost, stored: Risk | undefined) {
  const controls = (host.snap.definition.requirements ?? []).filter(
    (requirement) => requirement.kind === 'control',
  );
  if (!controls.length) return '';
  return html`<fieldset class="wide">
    <legend>${host.msg('riskControls')}</legend>
    <div class="checks">
      ${controls.map(
        (control) =>
          html`<label
            ><input
              type="checkbox"
              name="controls"
              value=${control.id}
              ?checked=${!!stored?.controls?.includes(control.id)}
            /><span><b>${control.id}</b> ${host.text(control.title)}</span></label
          >`,
      )}
    </div>
  </fieldset>`;
}

/** The inventory's AI systems the risk concerns, as checkboxes (when the response has systems). */
function renderSystems(host: RiskMatrixHost, stored: Risk | undefined) {
  const systems = host.snap.response.systems ?? [];
  if (!systems.length) return '';
  return html`<fieldset class="wide">
    <legend>${host.msg('riskSystems')}</legend>
    <div class="checks">
      ${systems.map(
        (system) =>
          html`<label
            ><input
              type="checkbox"
              name="systems"
              value=${system.id}
              ?checked=${!!stored?.systems?.includes(system.id)}
            /><span><b>${system.id}</b> ${system.name}</span></label
          >`,
      )}
    </div>
  </fieldset>`;
}

/** Why the session refused the risk: each problem with the name of its field. */
function renderIssues(host: RiskMatrixHost, issues: readonly AimsIssue[]) {
  if (!issues.length) return '';
  const names = fieldNames(host);
  const item = (issue: AimsIssue) => {
    const name = names.get(fieldOf(issue.path));
    const message = issue.message
      ? html`<span lang="en">${issue.message}</span>`
      : host.msg('riskMissing');
    return html`<li>${name ? `${name}: ` : ''}${message}</li>`;
  };
  return html`<div part="error" id="rf-err" class="notice error wide" role="alert" tabindex="-1">
    <p>${host.msg('riskRefused')}</p>
    <ul>
      ${issues.map(item)}
    </ul>
  </div>`;
}

/** The form for the risk being edited (or a new one). */
export function renderForm(host: RiskMatrixHost) {
  const id = host.editing!;
  const stored = host.risks.find((risk) => risk.id === id);
  const values = stored as Readonly<Record<string, unknown>> | undefined;
  const invalid = new Set(host.issues.map((issue) => fieldOf(issue.path)));
  const field = (spec: FieldSpec) => renderField(host, spec, values, invalid);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    host.save(event.target as HTMLFormElement);
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    host.cancel();
  };
  const heading = id
    ? host.msg('riskFormEdit', { id })
    : host.msg('riskFormAdd', { id: host.nextId() });
  return html`<form
    part="form"
    class="form box"
    novalidate
    aria-labelledby="rf-title"
    @submit=${onSubmit}
    @keydown=${onKeydown}
  >
    <p id="rf-title" class="h wide">${heading}</p>
    ${renderIssues(host, host.issues)}
    ${field(FIELDS.title)}${field(FIELDS.system)}${renderSystems(host, stored)}
    ${field(FIELDS.description)} ${field(FIELDS.affected)}${field(FIELDS.source)}
    ${renderViewFields(host, 'inherent', values, invalid)}
    ${renderViewFields(host, 'residual', values, invalid)}
    ${field(FIELDS.treatment)}${field(FIELDS.owner)}${field(FIELDS.due)}
    ${renderAcceptance(host, field)} ${renderControls(host, stored)}
    <div class="bar wide">
      <button part="button" class="btn primary">${host.msg('riskSave')}</button
      >${renderButton(host.msg('riskCancel'), () => host.cancel(), 'btn')}
    </div>
  </form>`;
}
