/**
 * Design tokens, defined once. Hosts theme with the public `--aims-*` custom properties (set on the
 * element or any ancestor); inside, components read only the private `--_*` copies, which fall back to
 * the light or dark defaults. `theme="light|dark"` pins a theme; otherwise it follows `prefers-color-scheme`.
 */
import { css } from 'lit';

const dark = css`
  --_bg: var(--aims-color-bg, #15181c);
  --_surface: var(--aims-color-surface, #20252b);
  --_text: var(--aims-color-text, #e8eaed);
  --_muted: var(--aims-color-muted, #aab2bb);
  --_border: var(--aims-color-border, #8b949e);
  --_accent: var(--aims-color-accent, #7cbcff);
  --_on-accent: var(--aims-color-on-accent, #0b0f14);
  --_focus: var(--aims-color-focus, #7cbcff);
  --_error: var(--aims-color-error, #ff9b92);
  --_warning: var(--aims-color-warning, #e8b949);
  --_success: var(--aims-color-success, #6ad47c);
  color-scheme: dark;
`;

export const tokens = css`
  :host {
    --_bg: var(--aims-color-bg, #ffffff);
    --_surface: var(--aims-color-surface, #f4f6f8);
    --_text: var(--aims-color-text, #1b1f24);
    --_muted: var(--aims-color-muted, #555e68);
    --_border: var(--aims-color-border, #6e7781);
    --_accent: var(--aims-color-accent, #0b5cad);
    --_on-accent: var(--aims-color-on-accent, #ffffff);
    --_focus: var(--aims-color-focus, #0b5cad);
    --_error: var(--aims-color-error, #b3261e);
    --_warning: var(--aims-color-warning, #8a5300);
    --_success: var(--aims-color-success, #1a7f37);
    --_risk-very-low: var(--aims-risk-very-low, #2e7d32);
    --_risk-low: var(--aims-risk-low, #689f38);
    --_risk-medium: var(--aims-risk-medium, #f9a825);
    --_risk-high: var(--aims-risk-high, #ef6c00);
    --_risk-very-high: var(--aims-risk-very-high, #c62828);
    --_font: var(--aims-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--aims-font-size, 1rem);
    --_font-small: var(--aims-font-size-small, 0.875rem);
    --_line: var(--aims-font-line-height, 1.5);
    --_s1: var(--aims-space-xs, 0.25rem);
    --_s2: var(--aims-space-s, 0.5rem);
    --_s3: var(--aims-space-m, 1rem);
    --_s4: var(--aims-space-l, 1.5rem);
    --_radius: var(--aims-radius-m, 0.5rem);
    --_radius-s: var(--aims-radius-s, 0.25rem);
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    font: var(--_font-size) / var(--_line) var(--_font);
    color: var(--_text);
    background: var(--_bg);
  }
  @media (prefers-color-scheme: dark) { :host(:not([theme='light'])) { ${dark} } }
  :host([theme='dark']) { ${dark} }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: inherit; }
`;

/** Shared pieces: buttons, focus ring, visually hidden text, notices; forced-colors and reduced motion. */
export const shared = css`
  button, input, textarea, select { font: inherit; color: inherit; }
  .btn {
    display: inline-flex; align-items: center; gap: var(--_s1);
    padding: var(--_s2) var(--_s3); min-block-size: 2.75rem; min-inline-size: 2.75rem;
    border: 1px solid var(--_border); border-radius: var(--_radius-s);
    background: var(--_bg); cursor: pointer;
  }
  .btn.primary { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); }
  .btn:disabled { opacity: 0.6; cursor: not-allowed; }
  .link { background: none; border: 0; padding: var(--_s1) 0; color: var(--_accent); text-decoration: underline; cursor: pointer; }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .vh { position: absolute !important; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .notice { padding: var(--_s2) var(--_s3); border: 1px solid currentColor; border-inline-start-width: 4px; border-radius: var(--_radius-s); margin-block: var(--_s2); }
  .notice.error { color: var(--_error); }
  .notice.warning { color: var(--_warning); }
  .notice > * { color: var(--_text); }
  @media (prefers-reduced-motion: reduce) { *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }
  @media (forced-colors: active) {
    .btn, .notice { border-color: ButtonText; }
    .btn.primary { background: Highlight; color: HighlightText; forced-color-adjust: none; }
    :focus-visible { outline-color: Highlight; }
  }
`;
