import { css } from 'lit';

export const styles = css`
  .base { display: grid; gap: var(--_s3); }
  .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_s2) var(--_s4); }
  .views { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_s2); border: 0; margin: 0; padding: 0; }
  .views legend { float: inline-start; margin-inline-end: var(--_s2); padding: 0; font-weight: 600; }
  .opt { display: inline-flex; align-items: center; gap: var(--_s2); min-block-size: 2.75rem; cursor: pointer; }
  .opt input { accent-color: var(--_accent); inline-size: 1.125rem; block-size: 1.125rem; margin: 0; }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; }
  caption { text-align: start; font-weight: 600; padding-block-end: var(--_s2); }
  .grid th { font-weight: 600; font-size: var(--_font-small); padding: var(--_s1) var(--_s2); }
  .grid thead th { vertical-align: bottom; text-align: center; }
  .grid tbody th { text-align: end; }
  .corner span { display: block; color: var(--_muted); font-weight: 400; }
  .corner span:first-child { text-align: end; }
  .corner span:last-child { text-align: start; }
  [role='gridcell'] {
    --_size: var(--aims-risk-matrix-cell-size, 4.5rem);
    min-inline-size: var(--_size); block-size: var(--_size); padding: var(--_s1); vertical-align: top; cursor: pointer;
    border: 2px solid var(--_bg); border-block-end: 6px solid var(--_c, var(--_border));
    background: color-mix(in srgb, var(--_c, transparent) 30%, var(--_bg));
  }
  [role='gridcell']:focus-visible { outline-offset: -3px; }
  [role='gridcell'][aria-selected='true'] { outline: 3px double var(--_text); outline-offset: -4px; }
  .lvl { display: block; font-size: var(--_font-small); }
  .n { display: block; font-size: 1.5em; font-weight: 700; line-height: 1.1; }
  .marks { display: flex; flex-wrap: wrap; gap: 2px; font-size: 0.75em; }
  .mk { padding: 0 2px; border: 1px solid currentColor; border-radius: var(--_radius-s); background: var(--_bg); }
  .mk.was { border-style: dashed; background: transparent; }
  .legend ul { display: flex; flex-wrap: wrap; gap: var(--_s1) var(--_s3); list-style: none; margin: 0; padding: 0; }
  .legend li { display: inline-flex; align-items: center; gap: var(--_s1); }
  .legend p { margin: var(--_s1) 0 0; color: var(--_muted); font-size: var(--_font-small); }
  .sw, .badge::before { display: inline-block; inline-size: 0.875em; block-size: 0.875em; border: 1px solid var(--_text); background: var(--_c); }
  .badge { display: inline-flex; align-items: center; gap: var(--_s1); white-space: nowrap; }
  .badge::before { content: ''; }
  .reg-head { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_s2); }
  .reg-title { margin: 0; font-weight: 600; flex: 1; }
  [part~='register'] { inline-size: 100%; font-size: var(--_font-small); }
  [part~='register'] :is(th, td) { text-align: start; vertical-align: top; padding: var(--_s2); border-block-end: 1px solid var(--_border); }
  .muted { color: var(--_muted); }
  .over { color: var(--_error); white-space: nowrap; }
  .over::before { content: '▲ '; }
  .acts { white-space: nowrap; }
  .acts .link { margin-inline-end: var(--_s2); min-block-size: 2.75rem; }
  .form { display: grid; gap: var(--_s3); padding: var(--_s3); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
  .fields { display: grid; gap: var(--_s2) var(--_s3); grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); }
  .field { display: grid; gap: var(--_s1); align-content: start; }
  .wide { grid-column: 1 / -1; }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius-s); margin: 0; padding: var(--_s2); min-inline-size: 0; }
  .pair { display: grid; gap: var(--_s2); }
  legend { font-weight: 600; }
  input:not([type='checkbox'], [type='radio']), select, textarea {
    inline-size: 100%; min-block-size: 2.75rem; padding: var(--_s2); border: 1px solid var(--_border); border-radius: var(--_radius-s); background: var(--_bg);
  }
  [aria-invalid='true'] { outline: 2px solid var(--_error); outline-offset: 1px; }
  .checks { display: grid; gap: var(--_s1); grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); max-block-size: 16rem; overflow-y: auto; }
  .check { display: flex; gap: var(--_s2); align-items: start; }
  .check input { margin-block-start: 0.3em; accent-color: var(--_accent); }
  .actions { display: flex; gap: var(--_s2); }
  .status { margin: 0; min-block-size: 1.5em; color: var(--_muted); }
  @media (forced-colors: active) {
    [role='gridcell'] { border: 1px solid CanvasText; }
    [role='gridcell'][aria-selected='true'] { outline-color: Highlight; }
    .sw, .badge::before { forced-color-adjust: none; }
  }
`;
