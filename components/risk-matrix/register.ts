/**
 * The risk register (a table of the risks, filtered by the selected cell) and the add/edit form:
 * render helpers over `<aims-risk-matrix>`. Every level and appetite mark comes from the core.
 */
import { html, nothing } from 'lit';
import type { Risk } from '../../src/model/index.js';
import type { AimsRiskMatrix, RiskKey } from './risk-matrix.js';

type H = AimsRiskMatrix;
const TREATMENTS = ['Mitigate', 'Accept', 'Transfer', 'Avoid'] as const;
const OPTIONAL = ['system', 'description', 'residualLikelihood', 'residualImpact', 'treatment', 'owner', 'due'];
const fieldOf = (path: string) => /^risks\[\d+\]\.(\w+)/.exec(path)?.[1] ?? '';
const btn = (label: unknown, click: () => void, cls = 'link') => html`<button type="button" part="button" class=${cls} @click=${click}>${label}</button>`;
const badge = (h: H, level: string | null) => html`<span class="sw" data-c=${h.colour(level)}>${h.levelLabel(level)}</span>`;

/** The risk the form describes (trimmed; empty optional fields left out). The session validates it. */
export function readRisk(form: HTMLFormElement, id: string): Risk {
  const fd = new FormData(form), s = (k: string) => String(fd.get(k) ?? '').trim(), controls = fd.getAll('controls');
  const risk: Record<string, unknown> = { id, title: s('title'), likelihood: s('likelihood'), impact: s('impact') };
  for (const k of OPTIONAL) if (s(k)) risk[k] = s(k);
  if (controls.length) risk.controls = controls;
  return risk as Risk;
}

export function renderRegister(h: H) {
  const rows = h.listed, ro = h.ro, sel = h.selected, m = h.sum.matrix, sc = new Map(h.sum.risks.map((s) => [s.id, s]));
  const date = new Intl.DateTimeFormat(h.effectiveLocale, { dateStyle: 'medium', timeZone: 'UTC' });
  const title = sel ? h.t('RegisterCell', {
    cell: `${h.text(m.likelihood[sel[0]]?.label)} × ${h.text(m.impact[sel[1]]?.label)}`, view: h.t(h.view === 'residual' ? 'Residual' : 'Inherent'), count: h.count(rows.length),
  }) : h.t('Register');
  return html`<div class="bar">
      ${rows.length ? '' : html`<p class="h">${title}</p>`}
      ${sel ? btn(h.t('ShowAll'), () => h.select(), 'btn') : ''}
      ${ro ? '' : html`<button type="button" part="button" class="btn primary" data-add @click=${() => h.edit()}>${h.t('Add')}</button>`}
    </div>
    ${rows.length ? html`<div class="scroll"><table part="register"><caption>${title}</caption>
      <thead><tr>${(['Id', 'FieldTitle', 'Inherent', 'Residual', 'Treatment', 'Owner', 'Due'] as const).map((k) => html`<th scope="col">${h.t(k)}</th>`)}${ro
        ? '' : html`<th scope="col"><span class="vh">${h.t('Actions')}</span></th>`}</tr></thead>
      <tbody>${rows.map((r) => {
        const s = sc.get(r.id), more = (x: unknown) => (x ? html`<br><small>${x}</small>` : '');
        return html`<tr part="row" data-risk=${r.id}><th scope="row">${r.id}</th>
          <td>${r.title}${more(r.system)}${more(r.controls?.length && h.t('ControlsList', { ids: r.controls.join(', ') }))}</td>
          <td>${badge(h, s?.inherent ?? null)}</td>
          <td>${badge(h, s?.residual ?? null)}${s?.exceedsAppetite ? html` <strong part="appetite">${h.t('AboveAppetite')}</strong>` : ''}</td>
          <td>${r.treatment ? h.t(`Treat${TREATMENTS.find((t) => t.toLowerCase() === r.treatment)!}`) : '—'}</td>
          <td>${r.owner || '—'}</td>
          <td>${r.due && !Number.isNaN(Date.parse(r.due)) ? date.format(new Date(r.due)) : '—'}</td>
          ${ro ? '' : html`<td class="acts">${(['Edit', 'Remove'] as const).map((k) => btn(html`${h.t(k)}<span class="vh"> ${r.title}</span>`,
            () => (k === 'Edit' ? h.edit(r.id) : h.removeRisk(r.id))))}</td>`}</tr>`;
      })}</tbody></table></div>`
      : html`<p>${h.t(sel ? 'NoneInCell' : 'Empty')}</p>`}`;
}

export function renderForm(h: H) {
  const id = h.editing!, m = h.sum.matrix, r = h.risks.find((x) => x.id === id), v = (k: string) => ((r as Record<string, unknown> | undefined)?.[k] as string | undefined) ?? '';
  const bad = new Set(h.issues.map((i) => fieldOf(i.path)));
  /** Each field's name in error messages (its legend and label), collected while the fields render. */
  const names: Record<string, string> = { id: h.t('Id') };
  const a = (name: string) => (bad.has(name) ? 'true' : nothing), d = (name: string) => (bad.has(name) ? 'rf-err' : nothing);
  const field = (name: string, key: RiskKey, control: unknown, req = false, legend = '') => {
    names[name] = legend + h.t(key);
    return html`<label class="field${name === 'description' ? ' wide' : ''}"><span>${h.t(key)}${req ? html`<span aria-hidden="true"> *</span>` : ''}</span>${control}</label>`;
  };
  const input = (name: string, key: RiskKey, type = 'text', req = false) => field(name, key, html`<input name=${name} type=${type}
    value=${v(name).slice(0, type === 'date' ? 10 : undefined)} ?required=${req} aria-invalid=${a(name)} aria-describedby=${d(name)}>`, req);
  const select = (name: string, key: RiskKey, opts: (readonly [string, string])[], empty: RiskKey, req = false, legend = '') => field(name, key, html`<select
    name=${name} ?required=${req} aria-invalid=${a(name)} aria-describedby=${d(name)}><option value="">${h.t(empty)}</option>${opts.map(([o, t]) =>
      html`<option value=${o} ?selected=${o === v(name)}>${t}</option>`)}</select>`, req, legend);
  const pair = (leg: 'Inherent' | 'Residual') => html`<fieldset><legend>${h.t(leg)}</legend>${(['Likelihood', 'Impact'] as const).map((k) => {
    const inh = leg === 'Inherent';
    return select(inh ? k.toLowerCase() : `residual${k}`, k, m[k.toLowerCase() as 'impact'].map((e) => [e.id, h.text(e.label)] as const),
      inh ? 'Choose' : 'SameAsInherent', inh, `${h.t(leg)} – `);
  })}</fieldset>`;
  const controls = (h.st.definition.requirements ?? []).filter((q) => q.kind === 'control');
  names.controls = h.t('Controls');
  const fields = [
    input('title', 'FieldTitle', 'text', true),
    input('system', 'System'),
    field('description', 'Description', html`<textarea name="description" rows="3" .defaultValue=${v('description')} aria-invalid=${a('description')} aria-describedby=${d('description')}></textarea>`),
    pair('Inherent'), pair('Residual'),
    select('treatment', 'Treatment', TREATMENTS.map((t) => [t.toLowerCase(), h.t(`Treat${t}`)] as const), 'TreatNone'),
    input('owner', 'Owner'), input('due', 'Due', 'date'),
    controls.length ? html`<fieldset class="wide"><legend>${names.controls}</legend><div class="checks">${controls.map((c) => html`<label><input
      type="checkbox" name="controls" value=${c.id} ?checked=${!!r?.controls?.includes(c.id)}><span><b>${c.id}</b> ${h.text(c.title)}</span></label>`)}</div></fieldset>` : '',
  ];
  return html`<form part="form" class="form" novalidate aria-labelledby="rf-title"
      @submit=${(e: Event) => { e.preventDefault(); h.save(e.target as HTMLFormElement); }}
      @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.preventDefault(); h.cancel(); } }}>
    <p id="rf-title" class="h wide">${h.t(id ? 'FormEdit' : 'FormAdd', { id: id || h.nextId() })}</p>
    ${h.issues.length ? html`<div part="error" id="rf-err" class="notice error wide" role="alert" tabindex="-1"><p>${h.t('Refused')}</p>
      <ul>${h.issues.map((i) => html`<li>${names[fieldOf(i.path)] ? `${names[fieldOf(i.path)]}: ` : ''}${i.message}</li>`)}</ul></div>` : ''}
    ${fields}
    <div class="bar wide">
      <button part="button" class="btn primary">${h.t('Save')}</button>
      ${btn(h.t('Cancel'), () => h.cancel(), 'btn')}
    </div>
  </form>`;
}
