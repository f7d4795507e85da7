/**
 * Design tokens, defined once. Hosts theme with the public `--aims-*` custom properties (set on the
 * element or any ancestor); inside, components read only the private `--_*` copies. Each colour has
 * a light and a dark default (`light-dark()`): the host's `color-scheme` picks one, so the theme
 * follows `prefers-color-scheme` unless `theme="light|dark"` pins it.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_bg: var(--aims-color-bg, light-dark(#fff, #15181c));
    --_surface: var(--aims-color-surface, light-dark(#f4f6f8, #20252b));
    --_text: var(--aims-color-text, light-dark(#1b1f24, #e8eaed));
    --_muted: var(--aims-color-muted, light-dark(#555e68, #aab2bb));
    --_border: var(--aims-color-border, light-dark(#6e7781, #8b949e));
    --_accent: var(--aims-color-accent, light-dark(#0b5cad, #7cbcff));
    --_on-accent: var(--aims-color-on-accent, light-dark(#fff, #0b0f14));
    --_focus: var(--aims-color-focus, light-dark(#0b5cad, #7cbcff));
    --_error: var(--aims-color-error, light-dark(#b3261e, #ff9b92));
    --_warning: var(--aims-color-warning, light-dark(#8a5300, #e8b949));
    --_success: var(--aims-color-success, light-dark(#1a7f37, #6ad47c));
    --_font-size: var(--aims-font-size, 1rem);
    --_font-small: var(--aims-font-size-small, 0.875rem);
    --_s1: var(--aims-space-xs, 0.25rem);
    --_s2: var(--aims-space-s, 0.5rem);
    --_s3: var(--aims-space-m, 1rem);
    --_s4: var(--aims-space-l, 1.5rem);
    --_radius: var(--aims-radius-m, 0.5rem);
    --_radius-s: var(--aims-radius-s, 0.25rem);
    color-scheme: light dark;
    display: block;
    box-sizing: border-box;
    font: var(--_font-size) / var(--aims-font-line-height, 1.5)
      var(--aims-font-family, system-ui, sans-serif);
    color: var(--_text);
    background: var(--_bg);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
`;

/**
 * Shared pieces: buttons, fields, boxes, bars, focus ring, visually hidden and muted text,
 * notices; forced-colors and reduced motion. Tables have their own sheet (`tables`), which only the
 * elements that show one include.
 */
export const shared = css`
  button,
  input,
  textarea,
  select {
    font: inherit;
    color: inherit;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    gap: var(--_s1);
    padding: var(--_s2) var(--_s3);
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    background: var(--_bg);
    cursor: pointer;
  }
  .primary {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  .btn:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .link {
    background: none;
    border: 0;
    padding: var(--_s1) 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .vh {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .notice {
    padding: var(--_s2) var(--_s3);
    border: 1px solid;
    border-inline-start-width: 4px;
    border-radius: var(--_radius-s);
    margin-block: var(--_s2);
  }
  .error {
    color: var(--_error);
  }
  .warning {
    color: var(--_warning);
  }
  .notice > * {
    color: var(--_text);
  }
  .muted {
    color: var(--_muted);
    font-size: var(--_font-small);
  }
  [aria-invalid='true'] {
    outline: 2px solid var(--_error);
    outline-offset: 1px;
  }
  .base {
    display: grid;
    gap: var(--_s3);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s2) var(--_s3);
  }
  .box {
    padding: var(--_s3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .scroll {
    overflow: auto;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
  }
  :where(input:not([type='checkbox'], [type='radio'], [type='file']), select, textarea) {
    padding: var(--_s2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    background: var(--_bg);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .btn,
    .notice {
      border-color: ButtonText;
    }
    .box,
    fieldset {
      border-color: CanvasText;
    }
    .primary {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Tables (the SoA table, the risk register and grid, the scorecard's sections). */
export const tables = css`
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_s2);
  }
  th,
  td {
    padding: var(--_s1) var(--_s2);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  @media (forced-colors: active) {
    th,
    td {
      border-color: CanvasText;
    }
  }
`;
