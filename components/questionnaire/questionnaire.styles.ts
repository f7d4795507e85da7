import { css } from 'lit';

export const styles = css`
  .base {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s3) var(--_s4);
    container-type: inline-size;
  }
  .toc {
    flex: 1 1 100%;
  }
  .main {
    flex: 1;
    min-inline-size: 0;
    max-inline-size: var(--aims-questionnaire-max-width, 48rem);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 2px;
  }
  .tog[aria-expanded='false'] + ol {
    display: none;
  }
  .toc-item {
    inline-size: 100%;
    text-align: start;
    padding: var(--_s1) var(--_s2);
    border: 1px solid transparent;
    border-radius: var(--_radius-s);
    background: none;
    cursor: pointer;
  }
  [aria-current] {
    border-color: var(--_accent);
    background: var(--_surface);
    font-weight: 600;
  }
  @container (min-width: 42rem) {
    .toc {
      flex: 0 0 14rem;
      position: sticky;
      top: 0;
    }
    .tog {
      display: none;
    }
    .toc .tog + ol {
      display: grid;
    }
  }
  .progress {
    display: flex;
    align-items: center;
    gap: var(--_s3);
  }
  progress {
    flex: 1;
    block-size: 0.75rem;
    accent-color: var(--_accent);
  }
  h2 {
    margin-block: var(--_s3) var(--_s2);
    font-size: 1.375em;
    line-height: 1.25;
  }
  .question {
    margin: 0 0 var(--_s3);
    min-inline-size: 0;
    content-visibility: auto;
    contain-intrinsic-size: auto 12rem;
  }
  legend {
    padding: 0;
    font-weight: 600;
    float: inline-start;
    inline-size: 100%;
    margin-block-end: var(--_s2);
  }
  legend + * {
    clear: both;
  }
  .question p {
    margin: 0 0 var(--_s2);
  }
  .rec {
    padding: var(--_s2);
    border-inline-start: 4px solid var(--_warning);
    background: var(--_bg);
  }
  .opts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s2);
    margin-block: var(--_s2);
  }
  .opt {
    display: inline-flex;
    align-items: center;
    gap: var(--_s2);
    padding: var(--_s2) var(--_s3);
    min-block-size: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    background: var(--_bg);
    cursor: pointer;
  }
  .opt:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .opt input {
    accent-color: var(--_accent);
    margin: 0;
    inline-size: 1.125rem;
    block-size: 1.125rem;
  }
  textarea,
  [part='input'] {
    inline-size: 100%;
  }
  [type='number'],
  [type='date'] {
    max-inline-size: 14rem;
  }
  .field {
    display: grid;
    gap: var(--_s1);
    margin-block: var(--_s2);
  }
  dl {
    margin: var(--_s2) 0;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_s1) var(--_s3);
  }
  dt,
  .error {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .notes {
    border-block-start: 1px dashed var(--_border);
    padding-block-start: var(--_s2);
  }
  .nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_s3);
    margin-block-start: var(--_s3);
  }
  @media (forced-colors: active) {
    .opt {
      border-color: CanvasText;
    }
    [aria-current] {
      border-color: Highlight;
    }
    .opt:has(:checked) {
      outline: 2px solid Highlight;
    }
  }
`;
