import { css } from 'lit';

export const styles = css`
  p[part~='base'],
  [role='status'] {
    color: var(--_muted);
    margin: 0;
  }
  [role='status']:empty {
    display: none;
  }
  .box p {
    margin: var(--_s1) 0;
  }
  .bar {
    align-items: end;
    justify-content: space-between;
  }
  label {
    display: grid;
    gap: var(--_s1);
    font-size: var(--_font-small);
  }
  input,
  select {
    padding: var(--_s1) var(--_s2);
    min-block-size: 2.25rem;
  }
  td input {
    inline-size: 100%;
    min-inline-size: 9rem;
  }
  [data-field='justification'] {
    min-inline-size: 16rem;
  }
  .scroll {
    max-block-size: var(--aims-soa-table-max-height, none);
  }
  table {
    font-size: var(--_font-small);
  }
  caption {
    font-size: var(--_font-size);
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_bg);
    z-index: 1;
    white-space: nowrap;
  }
  th[scope='row'] {
    white-space: nowrap;
  }
  th[scope='rowgroup'] {
    background: var(--_surface);
    font-size: var(--_font-size);
    padding-block-start: var(--_s3);
  }
  .sort {
    display: inline-flex;
    gap: var(--_s1);
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  [part~='error'] {
    color: var(--_error);
    font-weight: 600;
    margin: var(--_s1) 0 0;
  }
  .link {
    min-block-size: 1.5rem;
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 9pt;
    }
    [part~='toolbar'] {
      display: none;
    }
    .scroll {
      overflow: visible;
      max-block-size: none;
    }
    thead th {
      position: static;
    }
    tr {
      break-inside: avoid;
    }
    th,
    td,
    .box {
      border-color: #000;
      background: none;
    }
  }
`;
