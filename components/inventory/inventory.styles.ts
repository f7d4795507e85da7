import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    gap: var(--_s3);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s2) var(--_s4);
  }
  .h {
    margin: 0;
    font-weight: 600;
    flex: 1;
  }
  small,
  .muted {
    color: var(--_muted);
  }
  [part~='register'] {
    font-size: var(--_font-small);
  }
  [part~='register'] :is(th, td) {
    padding: var(--_s2);
    vertical-align: top;
  }
  .acts {
    white-space: nowrap;
  }
  .acts button {
    margin-inline-end: var(--_s2);
    min-block-size: 2.75rem;
  }
  .cls {
    white-space: nowrap;
    font-weight: 600;
  }
  .cls::before {
    content: '● ';
  }
  [data-class='prohibited'] {
    color: var(--_error);
  }
  [data-class='undetermined']::before {
    content: '○ ';
  }
  details ul {
    margin: var(--_s1) 0;
    padding-inline-start: var(--_s4);
  }
  summary {
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  .form {
    display: grid;
    gap: var(--_s3);
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
  fieldset {
    margin: 0;
    padding: var(--_s2);
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
  }
  fieldset label {
    display: flex;
    align-items: start;
    gap: var(--_s2);
    min-block-size: 2.75rem;
  }
  [part~='triage'] {
    display: grid;
    gap: var(--_s3);
  }
  .group {
    margin: var(--_s2) 0 0;
    font-weight: 600;
  }
  [role='status'] {
    margin: 0;
    min-block-size: 1.5em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .cls::before {
      forced-color-adjust: none;
    }
  }
`;
