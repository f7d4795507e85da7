import { css } from 'lit';

/** Screen and print styles of `<aims-scorecard>`. */
export const styles = css`
  .base { display: grid; gap: var(--_s4); }
  h2, h3 { margin: 0 0 var(--_s2); line-height: 1.25; }
  h2 { font-size: 1.5em; }
  h3 { font-size: 1.2em; }
  p { margin: 0 0 var(--_s2); }
  .cover p { margin: 0; }
  .org { font-weight: 600; }
  .muted { color: var(--_muted); font-size: var(--_font-small); }
  .figure [role='meter'] { display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--_s1) var(--_s2); margin-block-end: var(--_s2); }
  .figure .label { flex-basis: 100%; font-weight: 600; }
  .big { font-size: var(--aims-scorecard-figure-size, 3.5rem); font-weight: 700; line-height: 1; }
  .band { margin-inline-start: var(--_s2); padding: 0 var(--_s2); border: 2px solid var(--_accent); border-radius: var(--_radius-s); font-weight: 600; }
  .cert ul { margin: 0 0 var(--_s3); padding-inline-start: var(--_s4); }
  .stages { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: var(--_s3); }
  .stage { padding: var(--_s3); border-radius: var(--_radius); background: var(--_surface); }
  .meter { display: flex; align-items: center; gap: var(--_s2); }
  .meter svg { flex: 1; min-inline-size: 4rem; block-size: 0.8rem; }
  .fig { min-inline-size: 5.5em; font-variant-numeric: tabular-nums; }
  .bars { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_s2); }
  .bars li { display: grid; grid-template-columns: minmax(8rem, 18rem) 1fr; gap: var(--_s1) var(--_s3); align-items: center; }
  @media (max-width: 40rem) { .bars li { grid-template-columns: 1fr; } }
  .track { fill: var(--_surface); stroke: var(--_border); vector-effect: non-scaling-stroke; }
  .fill { fill: var(--aims-scorecard-bar, var(--_accent)); }
  .mark { stroke: var(--_text); stroke-width: 3; vector-effect: non-scaling-stroke; }
  .radar { margin: var(--_s3) 0 0; max-inline-size: 24rem; }
  .radar svg { overflow: visible; }
  .ring, .axis { fill: none; stroke: var(--_border); stroke-opacity: 0.5; }
  polygon.value { fill: var(--aims-scorecard-bar, var(--_accent)); fill-opacity: 0.3; stroke: var(--aims-scorecard-bar, var(--_accent)); stroke-width: 2; }
  polygon.target { fill: none; stroke: var(--_text); stroke-dasharray: 4 3; }
  text { fill: var(--_text); font-size: 10px; }
  .group-by { display: flex; flex-wrap: wrap; gap: var(--_s3); margin: 0 0 var(--_s3); padding: var(--_s2) var(--_s3); border: 1px solid var(--_border); border-radius: var(--_radius-s); }
  .group-by label { display: inline-flex; align-items: center; gap: var(--_s1); min-block-size: 2.75rem; }
  .gaps { margin: 0; padding-inline-start: var(--_s4); }
  .gaps li { margin-block-end: var(--_s3); }
  .gaps .link { text-align: start; font-weight: 600; }
  table { border-collapse: collapse; inline-size: 100%; margin-block-end: var(--_s3); }
  caption { text-align: start; font-weight: 600; padding-block: var(--_s2); }
  caption .muted { display: block; font-weight: 400; }
  th, td { padding: var(--_s1) var(--_s2); border-block-end: 1px solid var(--_border); text-align: start; font-weight: 400; }
  thead th { font-weight: 600; }
  td { text-align: end; font-variant-numeric: tabular-nums; }
  .actions, .cta { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_s2); }
  .manual { display: flex; flex-wrap: wrap; gap: var(--_s1); inline-size: 100%; }
  .manual input { flex: 1; min-inline-size: 12rem; padding: var(--_s2); border: 1px solid var(--_border); border-radius: var(--_radius-s); background: var(--_bg); }
  @media (forced-colors: active) {
    .fill, polygon.value { fill: Highlight; stroke: Highlight; }
    .track, .ring, .axis { stroke: CanvasText; }
    .mark, polygon.target { stroke: CanvasText; }
    text { fill: CanvasText; }
  }
  @media print {
    :host, :host([theme]) {
      --_bg: #fff; --_surface: #f2f2f2; --_text: #000; --_muted: #333; --_border: #666; --_accent: #0b5cad; color-scheme: light;
    }
    .noprint { display: none !important; }
    .cover { min-block-size: 50vh; display: flex; flex-direction: column; justify-content: center; gap: var(--_s2); break-after: page; }
    .cover h2 { font-size: 2.25em; }
    section { break-before: page; }
    .summary { break-before: auto; }
    li, tr, .stage, .radar, .figure { break-inside: avoid; }
    .gaps .link { color: inherit; text-decoration: none; padding: 0; }
    svg { print-color-adjust: exact; }
  }
`;
