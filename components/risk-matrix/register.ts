/**
 * The risk register (a table of the risks, filtered by the selected cell) and the add/edit form.
 * Render helpers over the element (`RegisterHost`); every level and appetite mark comes from the core.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { AimsIssue, Risk, Treatment } from '../../src/model/index.js';
import type { Text } from '../../src/model/schema-kit.js';
import type { RiskSummary } from '../../src/scoring/index.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey } from '../base/i18n.js';

/** What the register and form need from `<aims-risk-matrix>`. */
export interface RegisterHost {
  readonly snap: SessionSnapshot;
  readonly summary: RiskSummary;
  readonly isReadonly: boolean;
  readonly effectiveLocale: string;
  readonly view: 'inherent' | 'residual';
  readonly listed: Risk[];
  readonly selected?: readonly [number, number];
  readonly selectedName: string;
  readonly editing?: string;
  readonly formIssues: readonly AimsIssue[];
  readonly formKey: number;
  msg(key: MessageKey, vars?: Record<string, string | number>): string;
  text(t: Text | undefined): string;
  count(n: number): string;
  levelLabel(id: string | null): string;
  nextId(): string;
  edit(id?: string): void;
  cancel(): void;
  save(form: HTMLFormElement): void;
  removeRisk(id: string): void;
  select(): void;
}

const TREATMENTS: Record<Treatment, MessageKey> = {
  mitigate: 'riskTreatMitigate', accept: 'riskTreatAccept', transfer: 'riskTreatTransfer', avoid: 'riskTreatAvoid',
};
/** The label(s) naming each risk field in error messages. */
const FIELDS: Record<string, MessageKey[]> = {
  id: ['riskId'], title: ['riskFieldTitle'], system: ['riskSystem'], description: ['riskDescription'],
  likelihood: ['riskInherent', 'riskLikelihood'], impact: ['riskInherent', 'riskImpact'],
  residualLikelihood: ['riskResidual', 'riskLikelihood'], residualImpact: ['riskResidual', 'riskImpact'],
  treatment: ['riskTreatment'], controls: ['riskControls'], owner: ['riskOwner'], due: ['riskDue'],
};
const OPTIONAL = ['system', 'description', 'residualLikelihood', 'residualImpact', 'treatment', 'owner', 'due'];
const fieldOf = (path: string) => /^risks\[\d+\]\.(\w+)/.exec(path)?.[1] ?? '';

/** The risk the form describes (trimmed; empty optional fields left out). The session validates it. */
export function readRisk(form: HTMLFormElement, id: string): Risk {
  const fd = new FormData(form);
  const s = (k: string) => String(fd.get(k) ?? '').trim();
  const risk: Record<string, unknown> = { id, title: s('title'), likelihood: s('likelihood'), impact: s('impact') };
  for (const k of OPTIONAL) if (s(k)) risk[k] = s(k);
  const controls = fd.getAll('controls').map(String);
  if (controls.length) risk.controls = controls;
  return risk as Risk;
}

function badge(h: RegisterHost, level: string | null) {
  const k = h.summary.matrix.levels.findIndex((e) => e.id === level);
  return k < 0 ? '—' : html`<span class="badge" data-level=${level!} data-k=${k}>${h.levelLabel(level)}</span>`;
}

export function renderRegister(h: RegisterHost): TemplateResult {
  const rows = h.listed, ro = h.isReadonly;
  const scores = new Map(h.summary.risks.map((s) => [s.id, s]));
  const date = new Intl.DateTimeFormat(h.effectiveLocale, { dateStyle: 'medium', timeZone: 'UTC' });
  const title = h.selected
    ? h.msg('riskRegisterCell', { cell: h.selectedName, view: h.msg(h.view === 'residual' ? 'riskResidual' : 'riskInherent'), count: h.count(rows.length) })
    : h.msg('riskRegister');
  return html`<div class="register">
    <div class="reg-head">
      ${rows.length ? nothing : html`<p class="reg-title">${title}</p>`}
      ${h.selected ? html`<button type="button" part="button" class="btn" @click=${() => h.select()}>${h.msg('riskShowAll')}</button>` : nothing}
      ${ro ? nothing : html`<button type="button" part="button" class="btn primary" data-add @click=${() => h.edit()}>${h.msg('riskAdd')}</button>`}
    </div>
    ${rows.length ? html`<div class="scroll"><table part="register">
      <caption>${title}</caption>
      <thead><tr>${(['riskId', 'riskFieldTitle', 'riskInherent', 'riskResidual', 'riskTreatment', 'riskOwner', 'riskDue'] as const)
        .map((k) => html`<th scope="col">${h.msg(k)}</th>`)}${ro ? nothing : html`<th scope="col"><span class="vh">${h.msg('riskActions')}</span></th>`}</tr></thead>
      <tbody>${rows.map((r) => {
        const s = scores.get(r.id);
        return html`<tr part="row" data-risk=${r.id}>
          <th scope="row">${r.id}</th>
          <td>${r.title}${r.system ? html`<br><span class="muted">${r.system}</span>` : nothing}${r.controls?.length
            ? html`<br><span class="muted">${h.msg('riskControlsList', { ids: r.controls.join(', ') })}</span>` : nothing}</td>
          <td>${badge(h, s?.inherent ?? null)}</td>
          <td>${badge(h, s?.residual ?? null)}${s?.exceedsAppetite ? html` <strong part="appetite" class="over">${h.msg('riskAboveAppetite')}</strong>` : nothing}</td>
          <td>${r.treatment ? h.msg(TREATMENTS[r.treatment]) : '—'}</td>
          <td>${r.owner || '—'}</td>
          <td>${r.due && !Number.isNaN(Date.parse(r.due)) ? date.format(new Date(r.due)) : '—'}</td>
          ${ro ? nothing : html`<td class="acts">
            <button type="button" part="button" class="link" @click=${() => h.edit(r.id)}>${h.msg('riskEdit')}<span class="vh"> ${r.title}</span></button>
            <button type="button" part="button" class="link" @click=${() => h.removeRisk(r.id)}>${h.msg('riskRemove')}<span class="vh"> ${r.title}</span></button></td>`}
        </tr>`;
      })}</tbody></table></div>`
      : html`<p class="muted">${h.msg(h.selected ? 'riskNoneInCell' : 'riskEmpty')}</p>`}
  </div>`;
}

export function renderForm(h: RegisterHost): unknown {
  const id = h.editing!, m = h.summary.matrix;
  const r = (h.snap.response.risks ?? []).find((x) => x.id === id);
  const controls = (h.snap.definition.requirements ?? []).filter((q) => q.kind === 'control');
  const bad = new Set(h.formIssues.map((i) => fieldOf(i.path)));
  const aria = (name: string) => (bad.has(name) ? { inv: 'true', desc: 'rf-err' } : { inv: nothing, desc: nothing });
  const input = (name: string, label: MessageKey, value = '', type = 'text', required = false) => {
    const a = aria(name);
    return html`<label class="field"><span>${h.msg(label)}${required ? html` <span aria-hidden="true">*</span>` : nothing}</span>
      <input name=${name} type=${type} .value=${value} ?required=${required} aria-invalid=${a.inv} aria-describedby=${a.desc}></label>`;
  };
  const select = (name: string, label: MessageKey, options: { id: string; label: string }[], value = '', empty: MessageKey, required = false) => {
    const a = aria(name);
    return html`<label class="field"><span>${h.msg(label)}${required ? html` <span aria-hidden="true">*</span>` : nothing}</span>
      <select name=${name} ?required=${required} aria-invalid=${a.inv} aria-describedby=${a.desc}>
        <option value="" ?selected=${!value}>${h.msg(empty)}</option>
        ${options.map((o) => html`<option value=${o.id} ?selected=${o.id === value}>${o.label}</option>`)}
      </select></label>`;
  };
  const axis = (entries: typeof m.likelihood) => entries.map((e) => ({ id: e.id, label: h.text(e.label) }));
  const label = (path: string) => (FIELDS[fieldOf(path)] ?? []).map((k) => h.msg(k)).join(' – ');
  return keyed(h.formKey, html`<form part="form" class="form" novalidate aria-labelledby="rf-title"
      @submit=${(e: Event) => { e.preventDefault(); h.save(e.target as HTMLFormElement); }}
      @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.preventDefault(); h.cancel(); } }}>
    <p id="rf-title" class="reg-title">${h.msg(id ? 'riskFormEdit' : 'riskFormAdd', { id: id || h.nextId() })}</p>
    ${h.formIssues.length ? html`<div part="error" id="rf-err" class="notice error" role="alert" tabindex="-1">
      <p>${h.msg('riskRefused')}</p>
      <ul>${h.formIssues.map((i) => html`<li>${label(i.path) ? `${label(i.path)}: ` : ''}${i.message}</li>`)}</ul></div>` : nothing}
    <div class="fields">
      ${input('title', 'riskFieldTitle', r?.title, 'text', true)}
      ${input('system', 'riskSystem', r?.system)}
      <label class="field wide"><span>${h.msg('riskDescription')}</span>
        <textarea name="description" rows="3" .value=${r?.description ?? ''} aria-invalid=${aria('description').inv}></textarea></label>
      <fieldset class="pair"><legend>${h.msg('riskInherent')}</legend>
        ${select('likelihood', 'riskLikelihood', axis(m.likelihood), r?.likelihood, 'riskChoose', true)}
        ${select('impact', 'riskImpact', axis(m.impact), r?.impact, 'riskChoose', true)}</fieldset>
      <fieldset class="pair"><legend>${h.msg('riskResidual')}</legend>
        ${select('residualLikelihood', 'riskLikelihood', axis(m.likelihood), r?.residualLikelihood, 'riskSameAsInherent')}
        ${select('residualImpact', 'riskImpact', axis(m.impact), r?.residualImpact, 'riskSameAsInherent')}</fieldset>
      ${select('treatment', 'riskTreatment', Object.entries(TREATMENTS).map(([t, k]) => ({ id: t, label: h.msg(k) })), r?.treatment, 'riskTreatNone')}
      ${input('owner', 'riskOwner', r?.owner)}
      ${input('due', 'riskDue', r?.due?.slice(0, 10), 'date')}
      ${controls.length ? html`<fieldset class="wide"><legend>${h.msg('riskControls')}</legend><div class="checks">
        ${controls.map((c) => html`<label class="check"><input type="checkbox" name="controls" value=${c.id} ?checked=${!!r?.controls?.includes(c.id)}>
          <span><b>${c.id}</b> ${h.text(c.title)}</span></label>`)}</div></fieldset>` : nothing}
    </div>
    <div class="actions">
      <button type="submit" part="button" class="btn primary">${h.msg('riskSave')}</button>
      <button type="button" part="button" class="btn" @click=${() => h.cancel()}>${h.msg('riskCancel')}</button>
    </div>
  </form>`);
}
