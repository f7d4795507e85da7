import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    gap: var(--_s3);
  }
  h2,
  h3 {
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1em;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s2);
    align-items: end;
  }
  .counts,
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s3);
  }
  .entries {
    display: grid;
    gap: var(--_s2);
  }
  [part~='item'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    padding: var(--_s2) var(--_s3);
    display: grid;
    gap: var(--_s1);
  }
  [part~='item'] p {
    margin: 0;
  }
  .title {
    font-weight: 600;
  }
  .facts {
    color: var(--_muted);
    font-size: var(--_font-small);
  }
  /* Overdue is said in words; the colour only repeats it. */
  .late {
    color: var(--aims-action-plan-overdue-color, var(--_error));
    font-weight: 600;
  }
  [part~='overdue'] {
    margin-inline-start: var(--_s2);
    border: 1px solid currentColor;
    border-radius: var(--_radius-s);
    padding: 0 var(--_s1);
    font-size: var(--_font-small);
  }
  label {
    display: grid;
    gap: var(--_s1);
    font-size: var(--_font-small);
  }
  input,
  select,
  textarea {
    font: inherit;
    padding: var(--_s1) var(--_s2);
    min-block-size: 2.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    background: var(--_bg);
    color: var(--_text);
  }
  form {
    display: grid;
    gap: var(--_s2);
    max-inline-size: 40rem;
  }
  [part~='error'] {
    color: var(--_error);
  }
  [part~='status']:empty {
    display: none;
  }
  [part~='status'] {
    color: var(--_muted);
    margin: 0;
  }
`;
