import { css } from 'lit';

/**
 * Screen and print styles of `<aims-scorecard>`; print only changes colours, page breaks and what
 * is hidden.
 */
export const styles = css`
  :host {
    --_bar: var(--aims-scorecard-bar, var(--_accent));
  }
  article {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_s4);
    font-variant-numeric: tabular-nums;
  }
  h2,
  h3,
  p,
  ul,
  ol,
  table {
    margin: 0 0 var(--_s2);
  }
  .big {
    font-size: var(--aims-scorecard-figure-size, 3.5rem);
    font-weight: 700;
  }
  [part='band'] {
    padding: 0 var(--_s2);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius-s);
  }
  .stages {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--_s3);
  }
  [part='stage'] {
    padding: var(--_s3);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part='meter'],
  [part='actions'],
  [part='cta'],
  fieldset,
  label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s2);
  }
  [part='meter'] svg {
    flex: 1;
    min-inline-size: 4rem;
    block-size: 0.8rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
  }
  [part='meter'] span {
    min-inline-size: 5.5em;
  }
  .fill {
    fill: var(--_bar);
  }
  .mark {
    stroke: var(--_text);
    stroke-width: 3;
    vector-effect: non-scaling-stroke;
  }
  svg {
    overflow: visible;
    print-color-adjust: exact;
  }
  li {
    margin-block-end: var(--_s2);
  }
  .link {
    text-align: start;
    font-weight: 600;
  }
  caption span {
    display: block;
  }
  tbody th {
    font-weight: 400;
  }
  td {
    text-align: end;
  }
  label {
    min-block-size: 2.75rem;
  }
  [part='actions'] label {
    inline-size: 100%;
  }
  [part='share-link'] {
    flex: 1;
  }
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      --_bar: Highlight;
      --_text: CanvasText;
      --_border: CanvasText;
    }
  }
  @media print {
    :host,
    :host([theme]) {
      --_bg: #fff;
      --_surface: #eee;
      --_text: #000;
      --_muted: #333;
      --_border: #666;
      --_accent: #0b5cad;
      color-scheme: light;
    }
    fieldset,
    [part='actions'],
    [part='document-actions'],
    [part='cta'] {
      display: none !important;
    }
    header {
      min-block-size: 50vh;
      display: grid;
      align-content: center;
      break-after: page;
    }
    h2 {
      font-size: 2em;
    }
    section + section {
      break-before: page;
    }
    li,
    tr,
    figure,
    [part='stage'],
    [part='figure'] {
      break-inside: avoid;
    }
    .link {
      color: inherit;
      text-decoration: none;
      padding: 0;
    }
  }
`;
