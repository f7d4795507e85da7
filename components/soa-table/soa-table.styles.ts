import { css } from 'lit';

export const styles = css`
  .base { display: grid; gap: var(--_s3); }
  p[part~=base], [role=status] { color: var(--_muted); margin: 0; }
  [role=status]:empty { display: none; }
  .box { padding: var(--_s2) var(--_s3); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
  .box p { margin: var(--_s1) 0; }
  .bar { display: flex; flex-wrap: wrap; gap: var(--_s2) var(--_s3); align-items: end; justify-content: space-between; }
  label { display: grid; gap: var(--_s1); font-size: var(--_font-small); }
  input, select { padding: var(--_s1) var(--_s2); min-block-size: 2.25rem; border: 1px solid var(--_border); border-radius: var(--_radius-s); background: var(--_bg); }
  td input { inline-size: 100%; min-inline-size: 9rem; }
  [data-field=justification] { min-inline-size: 16rem; }
  .scroll { overflow: auto; max-block-size: var(--aims-soa-table-max-height, none); }
  table { border-collapse: collapse; inline-size: 100%; font-size: var(--_font-small); }
  caption { text-align: start; font-weight: 600; font-size: var(--_font-size); padding-block-end: var(--_s2); }
  th, td { padding: var(--_s1) var(--_s2); border-block-end: 1px solid var(--_border); text-align: start; vertical-align: top; }
  thead th { position: sticky; inset-block-start: 0; background: var(--_bg); z-index: 1; white-space: nowrap; }
  th[scope=row] { white-space: nowrap; }
  th[scope=rowgroup] { background: var(--_surface); font-size: var(--_font-size); padding-block-start: var(--_s3); }
  .sort { display: inline-flex; gap: var(--_s1); padding: 0; border: 0; background: none; font-weight: inherit; cursor: pointer; min-block-size: 1.5rem; }
  [part~=error] { color: var(--_error); font-weight: 600; margin: var(--_s1) 0 0; }
  [aria-invalid=true] { outline: 2px solid var(--_error); outline-offset: 1px; }
  .link { min-block-size: 1.5rem; }
  @media (forced-colors: active) { th, td, .box { border-color: CanvasText; } }
  @media print {
    :host { color: #000; background: #fff; font-size: 9pt; }
    [part~=toolbar] { display: none; }
    .scroll { overflow: visible; max-block-size: none; }
    thead th { position: static; }
    tr { break-inside: avoid; }
    th, td, .box { border-color: #000; background: none; }
  }
`;
