import { css } from 'lit';

export const styles = css`
  .base { display: grid; gap: var(--_s4); container-type: inline-size; }
  @container (min-width: 52rem) { .base { grid-template-columns: minmax(12rem, 16rem) 1fr; } }
  .main { max-inline-size: var(--aims-questionnaire-max-width, 48rem); min-inline-size: 0; }
  .toc ol { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_s1); }
  .toc-item {
    inline-size: 100%; display: grid; text-align: start; gap: 0; padding: var(--_s2) var(--_s3);
    border: 1px solid transparent; border-radius: var(--_radius-s); background: none; cursor: pointer;
  }
  .toc-item[aria-current] { border-color: var(--_accent); background: var(--_surface); font-weight: 600; }
  .muted { color: var(--_muted); font-size: var(--_font-small); }
  .progress { display: flex; align-items: center; gap: var(--_s3); }
  progress { flex: 1; block-size: 0.75rem; accent-color: var(--_accent); }
  h2 { margin-block: var(--_s3) var(--_s2); font-size: 1.375em; line-height: 1.25; }
  .question {
    margin: 0 0 var(--_s3); padding: var(--_s3); border: 1px solid var(--_border);
    border-radius: var(--_radius); background: var(--_surface); min-inline-size: 0;
  }
  legend { padding: 0; font-weight: 600; float: inline-start; inline-size: 100%; margin-block-end: var(--_s2); }
  legend + * { clear: both; }
  .num { color: var(--_muted); }
  .req { color: var(--_error); }
  .help, .evidence, .rec { margin: 0 0 var(--_s2); }
  .evidence { color: var(--_muted); font-size: var(--_font-small); }
  .rec { padding: var(--_s2); border-inline-start: 4px solid var(--_warning); background: var(--_bg); }
  .opts { display: flex; flex-wrap: wrap; gap: var(--_s2); margin-block: var(--_s2); }
  .opt {
    display: inline-flex; align-items: center; gap: var(--_s2); padding: var(--_s2) var(--_s3); min-block-size: 2.75rem;
    border: 1px solid var(--_border); border-radius: var(--_radius-s); background: var(--_bg); cursor: pointer;
  }
  .opt.on { border-color: var(--_accent); box-shadow: inset 0 0 0 1px var(--_accent); }
  .opt input { accent-color: var(--_accent); margin: 0; inline-size: 1.125rem; block-size: 1.125rem; }
  textarea, input:not([type='radio'], [type='checkbox']) {
    inline-size: 100%; padding: var(--_s2); border: 1px solid var(--_border); border-radius: var(--_radius-s); background: var(--_bg);
  }
  input[type='number'], input[type='date'] { max-inline-size: 14rem; }
  .field { display: grid; gap: var(--_s1); margin-block: var(--_s2); }
  .levels { margin: var(--_s2) 0; display: grid; grid-template-columns: max-content 1fr; gap: var(--_s1) var(--_s3); }
  .levels dt { font-weight: 600; }
  .levels dd { margin: 0; }
  .error { color: var(--_error); font-weight: 600; margin: var(--_s2) 0 0; }
  [aria-invalid='true'] { outline: 2px solid var(--_error); outline-offset: 1px; }
  .notes { border-block-start: 1px dashed var(--_border); margin-block-start: var(--_s2); padding-block-start: var(--_s2); }
  .files { margin: var(--_s2) 0; padding-inline-start: var(--_s3); }
  .nav { display: flex; align-items: center; justify-content: space-between; gap: var(--_s3); margin-block-start: var(--_s3); }
  .nav [hidden] { display: none; }
  @media (forced-colors: active) {
    .question, .opt { border-color: CanvasText; }
    .toc-item[aria-current] { border-color: Highlight; }
    .opt.on { outline: 2px solid Highlight; }
  }
`;
