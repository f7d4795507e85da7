import { css } from 'lit';

export const styles = css`
  :host {
    --_risk-very-low: var(--aims-risk-very-low, #2e7d32);
    --_risk-low: var(--aims-risk-low, #689f38);
    --_risk-medium: var(--aims-risk-medium, #f9a825);
    --_risk-high: var(--aims-risk-high, #ef6c00);
    --_risk-very-high: var(--aims-risk-very-high, #c62828);
  }
  .form {
    display: grid;
    gap: var(--_s3);
  }
  .bar,
  fieldset,
  [part~='legend'] ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s2) var(--_s4);
  }
  .bar label,
  fieldset > label {
    display: inline-flex;
    align-items: center;
    gap: var(--_s2);
    min-block-size: 2.75rem;
  }
  fieldset {
    margin: 0;
    padding: var(--_s2);
    min-inline-size: 0;
  }
  .bar fieldset {
    border: 0;
    padding: 0;
  }
  .bar legend {
    float: inline-start;
    padding: 0;
  }
  legend,
  .h {
    font-weight: 600;
  }
  .h {
    margin: 0;
    flex: 1;
  }
  th,
  small {
    font-size: var(--_font-small);
  }
  [role='grid'] {
    inline-size: auto;
  }
  [role='grid'] th {
    text-align: end;
    vertical-align: middle;
    border: 0;
  }
  [role='grid'] thead th {
    text-align: center;
    vertical-align: bottom;
  }
  [role='gridcell'] {
    min-inline-size: var(--aims-risk-matrix-cell-size, 4.5rem);
    block-size: var(--aims-risk-matrix-cell-size, 4.5rem);
    padding: var(--_s1);
    vertical-align: top;
    cursor: pointer;
    border: 2px solid var(--_bg);
    border-block-end: 6px solid var(--_c, var(--_border));
    background: color-mix(in srgb, var(--_c, transparent) 30%, var(--_bg));
  }
  [role='gridcell']:focus-visible {
    outline-offset: -3px;
  }
  [aria-selected='true'] {
    outline: 3px double var(--_text);
    outline-offset: -4px;
  }
  [part~='level'],
  [part~='count'] {
    display: block;
  }
  [part~='count'] {
    font-size: 1.5em;
  }
  [part~='markers'] {
    display: flex;
    flex-wrap: wrap;
    gap: 2px;
    font-size: 0.75em;
  }
  [part~='markers'] > * {
    padding: 0 2px;
    border: 1px solid;
    border-radius: var(--_radius-s);
    background: var(--_bg);
  }
  .was {
    border-style: dashed;
    background: none;
  }
  [part~='legend'] ul {
    list-style: none;
    margin: 0;
    padding: 0;
    gap: var(--_s1) var(--_s3);
  }
  small {
    color: var(--_muted);
    font-weight: 400;
  }
  .sw {
    white-space: nowrap;
  }
  .sw::before {
    content: '';
    display: inline-block;
    inline-size: 0.875em;
    block-size: 0.875em;
    margin-inline-end: var(--_s1);
    border: 1px solid var(--_text);
    background: var(--_c);
  }
  [part~='register'] {
    font-size: var(--_font-small);
  }
  [part~='register'] :is(th, td) {
    padding: var(--_s2);
  }
  [part~='appetite'] {
    color: var(--_error);
    white-space: nowrap;
  }
  [part~='appetite']::before {
    content: '▲ ';
  }
  .acts {
    white-space: nowrap;
  }
  .acts button {
    margin-inline-end: var(--_s2);
    min-block-size: 2.75rem;
  }
  .form {
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  }
  .form label,
  .form fieldset {
    display: grid;
    gap: var(--_s1);
    align-content: start;
  }
  .wide {
    grid-column: 1 / -1;
  }
  .form [name]:not([type='checkbox']) {
    inline-size: 100%;
    min-block-size: 2.75rem;
  }
  .checks {
    display: grid;
    gap: var(--_s1);
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    max-block-size: 16rem;
    overflow-y: auto;
  }
  .checks label {
    display: flex;
    align-items: start;
  }
  [role='status'] {
    margin: 0;
    min-block-size: 1.5em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    [role='gridcell'] {
      border: 1px solid CanvasText;
    }
    [aria-selected='true'] {
      outline-color: Highlight;
    }
    .sw::before {
      forced-color-adjust: none;
    }
  }
`;
