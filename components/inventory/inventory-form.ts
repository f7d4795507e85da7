/**
 * The add/edit form of `<aims-inventory>` (loaded after the first render): name, purpose, owner,
 * stage, deployment, roles, third-party components and personal data. The triage is answered in
 * its own panel.
 */
import { html, nothing } from 'lit';
import {
  AI_SYSTEM_DEPLOYMENTS,
  AI_SYSTEM_ROLES,
  AI_SYSTEM_STAGES,
  type AiSystem,
} from '../../src/model/ai-system.js';
import type { AimsIssue } from '../../src/model/issues.js';
import type { MessageKey } from '../base/i18n.js';
import {
  DEPLOYMENT_KEYS,
  ROLE_KEYS,
  STAGE_KEYS,
  fieldOf,
  type InventoryHost,
} from './inventory-common.js';

/** The form's fields as an AI system (the stored triage kept): trimmed, empty ones left out. */
export function systemFrom(form: HTMLFormElement, id: string, stored?: AiSystem): AiSystem {
  const data = new FormData(form);
  const textOf = (name: string) => String(data.get(name) ?? '').trim();
  const system: Record<string, unknown> = {
    id,
    name: textOf('name'),
    roles: data.getAll('roles').map(String),
  };
  for (const name of ['purpose', 'owner', 'stage']) if (textOf(name)) system[name] = textOf(name);
  const deployment = data.getAll('deployment').map(String);
  if (deployment.length) system.deployment = deployment;
  const components = textOf('components')
    .split('\n')
    .map((line) => line.split(';').map((part) => part.trim()))
    .filter(([name]) => name)
    .map(([name, supplier]) => (supplier ? { name, supplier } : { name }));
  if (components.length) system.components = components;
  const personalData = textOf('personalData')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (personalData.length) system.personalData = personalData;
  if (stored?.triage) system.triage = stored.triage;
  return system as AiSystem;
}

const invalidity = (invalid: ReadonlySet<string>, name: string) => ({
  invalid: invalid.has(name) ? 'true' : nothing,
  describedBy: invalid.has(name) ? 'inv-err' : nothing,
});

function renderText(
  host: InventoryHost,
  name: string,
  label: MessageKey,
  value: string,
  invalid: ReadonlySet<string>,
  required = false,
) {
  const { invalid: isInvalid, describedBy } = invalidity(invalid, name);
  const marker = required ? html`<span aria-hidden="true"> *</span>` : '';
  return html`<label
    ><span>${host.msg(label)}${marker}</span
    ><input
      name=${name}
      .defaultValue=${value}
      ?required=${required}
      aria-invalid=${isInvalid}
      aria-describedby=${describedBy}
  /></label>`;
}

function renderArea(host: InventoryHost, name: string, label: MessageKey, value: string) {
  return html`<label class="wide"
    ><span>${host.msg(label)}</span
    ><textarea name=${name} rows="3" .defaultValue=${value}></textarea>
  </label>`;
}

function renderChecks<Id extends string>(
  host: InventoryHost,
  name: string,
  legend: MessageKey,
  ids: readonly Id[],
  keys: Record<Id, MessageKey>,
  chosen: readonly string[],
  invalid: ReadonlySet<string>,
) {
  const { invalid: isInvalid, describedBy } = invalidity(invalid, name);
  return html`<fieldset aria-invalid=${isInvalid} aria-describedby=${describedBy}>
    <legend>${host.msg(legend)}</legend>
    ${ids.map(
      (id) =>
        html`<label
          ><input
            type="checkbox"
            name=${name}
            value=${id}
            ?checked=${chosen.includes(id)}
          />${host.msg(keys[id])}</label
        >`,
    )}
  </fieldset>`;
}

const renderIssue = (issue: AimsIssue) =>
  html`<li><span lang="en">${issue.path}: ${issue.message}</span></li>`;

/** Why the system was refused: each problem with its path. */
function renderIssues(host: InventoryHost, issues: readonly AimsIssue[]) {
  if (!issues.length) return '';
  return html`<div part="error" id="inv-err" class="notice error wide" role="alert" tabindex="-1">
    <p>${host.msg('inventoryRefused')}</p>
    <ul>
      ${issues.map(renderIssue)}
    </ul>
  </div>`;
}

/** The form for the system being edited (or a new one). */
export function renderForm(host: InventoryHost) {
  const id = host.editing!;
  const stored = host.systems.find((system) => system.id === id);
  const invalid = new Set(host.issues.map((issue) => fieldOf(issue.path)));
  const onSubmit = (event: Event) => {
    event.preventDefault();
    host.save(event.target as HTMLFormElement);
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    host.cancel();
  };
  const heading = stored
    ? host.msg('inventoryFormEdit', { name: stored.name })
    : host.msg('inventoryFormAdd');
  const components = (stored?.components ?? [])
    .map((component) =>
      component.supplier ? `${component.name}; ${component.supplier}` : component.name,
    )
    .join('\n');
  const personalData = (stored?.personalData ?? []).join(', ');
  const deployment = renderChecks(
    host,
    'deployment',
    'inventoryDeployment',
    AI_SYSTEM_DEPLOYMENTS,
    DEPLOYMENT_KEYS,
    stored?.deployment ?? [],
    invalid,
  );
  const roles = renderChecks(
    host,
    'roles',
    'inventoryRoles',
    AI_SYSTEM_ROLES,
    ROLE_KEYS,
    stored?.roles ?? [],
    invalid,
  );
  return html`<form
    part="form"
    class="form box"
    novalidate
    aria-labelledby="inv-title"
    @submit=${onSubmit}
    @keydown=${onKeydown}
  >
    <p id="inv-title" class="h wide">${heading}</p>
    ${renderIssues(host, host.issues)}
    ${renderText(host, 'name', 'inventoryName', stored?.name ?? '', invalid, true)}
    ${renderText(host, 'owner', 'inventoryOwner', stored?.owner ?? '', invalid)}
    ${renderArea(host, 'purpose', 'inventoryPurpose', stored?.purpose ?? '')}
    <label
      ><span>${host.msg('inventoryStage')}</span
      ><select name="stage">
        <option value="">${host.msg('inventoryStageNone')}</option>
        ${AI_SYSTEM_STAGES.map(
          (stage) =>
            html`<option value=${stage} ?selected=${stored?.stage === stage}>
              ${host.msg(STAGE_KEYS[stage])}
            </option>`,
        )}
      </select></label
    >
    ${deployment} ${roles} ${renderArea(host, 'components', 'inventoryComponents', components)}
    ${renderText(host, 'personalData', 'inventoryPersonalData', personalData, invalid)}
    <div class="bar wide">
      <button part="button" class="btn primary">${host.msg('inventorySave')}</button
      ><button type="button" part="button" class="btn" @click=${() => host.cancel()}>
        ${host.msg('inventoryCancel')}
      </button>
    </div>
  </form>`;
}
