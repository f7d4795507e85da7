/**
 * The areas of `<aims-scorecard>`: one bar per clause group and Annex A objective (or per theme),
 * each read as the maturity level reached against the target's ("Managed (2.3), target Defined
 * (3.0)"), the switch between groups and themes, and the radar of the same figures with the
 * areas' names. Loaded when a scorecard first renders, with the styles and strings only it uses;
 * the figures come from the session's derived state and the level names from the core
 * (`maturityLevelNames`, `maturityLevel`).
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { Text } from '../../src/model/index.js';
import { maturityLevel, maturityLevelNames } from '../../src/scoring/maturity-level.js';
import type { AreaScore } from '../../src/scoring/index.js';
import { areaScoresOf } from '../../src/session/derive.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import { addEnglish, type MessageKey } from '../base/i18n.js';
import { radarPoint, radarPolygon } from './charts.js';
import { scorecardAreasEn } from './areas-messages.js';
import type { GroupBy, ReportHost } from './report-views.js';
import { meter } from './views.js';

addEnglish(scorecardAreasEn);

const GROUP_BY_KEYS = {
  groups: 'scorecardByGroup',
  tags: 'scorecardByTag',
} as const satisfies Record<GroupBy, MessageKey>;
const GROUPINGS = ['groups', 'tags'] as const;

/** An area's figures, its name and its short name (the group's id, or a theme's first word). */
export interface Area extends AreaScore {
  readonly label: string;
  readonly short: string;
}

/** A maturity figure in words: "Managed (2.3)" with level names, "2.3" without. */
function levelText(host: ReportHost, names: readonly Text[] | null, maturity: number | null) {
  const value = host.num(maturity);
  if (names === null || maturity === null) return value;
  const level = host.text(names[maturityLevel(maturity)]);
  return host.msg('scorecardLevelValue', { level, value });
}

/** One area's bar: the level reached against the target's. */
function renderAreaBar(host: ReportHost, area: Area, index: number, names: readonly Text[] | null) {
  const reached = levelText(host, names, area.maturity);
  const body =
    area.targetMaturity === null
      ? reached
      : host.msg('scorecardLevelTarget', {
          reached,
          target: levelText(host, names, area.targetMaturity),
        });
  return html`<li part="area">
    <span id=${`area-${index}`}>${area.label}</span> ${meter(host, {
      part: 'meter',
      labelledBy: `area-${index}`,
      value: area.readiness,
      text: host.msg('scorecardMaturityText', { body }),
      body,
      target: area.target,
    })}
  </li>`;
}

/** The per-area bars; each reads the level reached and the target. */
function bars(host: ReportHost, areas: readonly Area[]): TemplateResult {
  const names = maturityLevelNames(host.snap.definition);
  return html`<ul part="area-list">
    ${areas.map((area, index) => renderAreaBar(host, area, index, names))}
  </ul>`;
}

/**
 * The radar's geometry in SVG units: centred on (0, 0), wider than high to leave room for the
 * names beside it; the radius of the figures and of the labels.
 */
const RADAR = { viewBox: '-320 -250 640 500', radius: 170, labelRadius: 186 } as const;
const RING_VALUES = [20, 40, 60, 80, 100];
/** An area's name on the radar: at most this many lines of about this many characters. */
const LABEL = { lines: 3, characters: 20, lineHeight: 13 } as const;

/** A name broken into short lines at spaces; what does not fit the last line ends in "…". */
export function labelLines(name: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && candidate.length > LABEL.characters) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= LABEL.lines) return lines;
  const kept = lines.slice(0, LABEL.lines);
  kept[LABEL.lines - 1] = `${kept[LABEL.lines - 1]}…`;
  return kept;
}

/** Where a label sits against its point: centred on the vertical axis, else away from it. */
const anchorOf = (pointX: number) =>
  Math.abs(pointX) < 1 ? 'middle' : pointX < 0 ? 'end' : 'start';

/**
 * The first line's offset from the label's point: a label near the top grows upwards, one near the
 * bottom grows downwards, one at the sides is centred on its point (so neighbours do not overlap).
 */
function firstLineOffset(pointX: number, pointY: number, lineCount: number): number {
  const blockHeight = (lineCount - 1) * LABEL.lineHeight;
  const atTheSide = Math.abs(pointX) > RADAR.labelRadius / 2;
  if (atTheSide) return -blockHeight / 2;
  return pointY < 0 ? -blockHeight : 0;
}

/** An area's label: its full name in lines (wide charts), or its short name (narrow ones). */
function radarLabel(area: Area, index: number, count: number) {
  const [pointX, pointY] = radarPoint(index, count, 100, RADAR.labelRadius, 0);
  const anchor = anchorOf(pointX);
  const lines = labelLines(area.label);
  const offset = firstLineOffset(pointX, pointY, lines.length);
  const tspans = lines.map(
    (line, lineIndex) =>
      svg`<tspan x=${pointX} dy=${lineIndex === 0 ? offset : LABEL.lineHeight}>${line}</tspan>`,
  );
  return svg`<text class="label-full" x=${pointX} y=${pointY} text-anchor=${anchor}>${tspans}</text>
    <text class="label-short" x=${pointX} y=${pointY} text-anchor=${anchor}>${area.short}</text>`;
}

/** A radar of the same figures (an image; the bars are its text equivalent). */
function radar(host: ReportHost, areas: readonly Area[]): TemplateResult {
  const count = areas.length;
  const polygon = (classes: string, valueOf: (area: Area) => number | null) =>
    svg`<polygon class=${classes} points=${radarPolygon(
      areas.map(valueOf),
      RADAR.radius,
      0,
    )}></polygon>`;
  const spoke = (index: number) => {
    const [pointX, pointY] = radarPoint(index, count, 100, RADAR.radius, 0);
    return svg`<line x1="0" y1="0" x2=${pointX} y2=${pointY}></line>`;
  };
  return html`<figure part="radar">
    <svg viewBox=${RADAR.viewBox} role="img" aria-labelledby="radar-caption">
      <g>
        ${RING_VALUES.map((ring) => polygon('ring', () => ring))}${areas.map((_, index) =>
          spoke(index),
        )}
      </g>
      ${polygon('target', (area) => area.target)}${polygon('value', (area) => area.readiness)}
      ${areas.map((area, index) => radarLabel(area, index, count))}
    </svg>
    <figcaption id="radar-caption" class="muted">${host.msg('scorecardRadar')}</figcaption>
  </figure>`;
}

/** The areas in effect: by group, or by tag when asked and the definition has tags. */
function areasOf(
  host: ReportHost,
  snap: SessionSnapshot,
): { readonly by: GroupBy; readonly areas: Area[] } {
  const scores = areaScoresOf(snap);
  const by: GroupBy = host.groupBy == 'tags' && scores.tags.length ? 'tags' : 'groups';
  const named = by == 'groups' ? snap.definition.groups : snap.definition.tags;
  const areas = scores[by].map((area) => {
    const title = host.text(named?.find((candidate) => candidate.id === area.id)?.title) || area.id;
    const isGroup = by == 'groups';
    return {
      ...area,
      label: isGroup && title != area.id ? `${area.id} ${title}` : title,
      short: isGroup ? area.id : title.split(' ')[0]!,
    };
  });
  return { by, areas };
}

/** The switch between groups and tags, the bars and the radar. */
export function renderAreas(host: ReportHost, snap: SessionSnapshot) {
  const scores = areaScoresOf(snap);
  const { by, areas } = areasOf(host, snap);
  const canSwitch = host.isFull && !host.printing && scores.tags.length && scores.groups.length;
  return html` ${canSwitch ? renderGroupBy(host, by) : nothing}
  ${areas.length ? bars(host, areas) : html`<p class="muted">${host.msg('scorecardNoAreas')}</p>`}
  ${host.isFull && areas.length > 2 ? radar(host, areas) : nothing}`;
}

function renderGroupBy(host: ReportHost, current: GroupBy) {
  const option = (grouping: GroupBy) =>
    html`<label
      ><input
        type="radio"
        name="group-by"
        .checked=${current == grouping}
        @change=${() => {
          host.groupBy = grouping;
        }}
      />
      ${host.msg(GROUP_BY_KEYS[grouping])}</label
    >`;
  return html`<fieldset part="group-by">
    <legend>${host.msg('scorecardGroupBy')}</legend>
    ${GROUPINGS.map(option)}
  </fieldset>`;
}

/** The styles only the areas use, added to the scorecard's when this module loads. */
export const styles = css`
  [part='area-list'] {
    list-style: none;
    padding: 0;
  }
  [part='area'] {
    display: grid;
    grid-template-columns: minmax(10rem, 2fr) 3fr;
    align-items: center;
    gap: var(--_s1) var(--_s3);
  }
  [part='area'] [part='meter'] span {
    flex: 0 1 17em;
  }
  [part='radar'] {
    container-type: inline-size;
    margin: var(--_s4) auto 0;
    inline-size: 100%;
    max-inline-size: 44rem;
  }
  [part='radar'] g {
    fill: none;
    stroke: var(--_border);
    stroke-opacity: 0.5;
  }
  [part='radar'] text {
    fill: var(--_text);
    font-size: 11px;
    dominant-baseline: middle;
  }
  .value {
    fill: var(--_bar);
    fill-opacity: 0.3;
    stroke: var(--_bar);
    stroke-width: 2;
  }
  .target {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1;
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
  }
  .label-short {
    display: none;
  }
  @container (max-width: 32rem) {
    .label-full {
      display: none;
    }
    .label-short {
      display: inline;
      font-size: 16px;
    }
  }
  @media (max-width: 40rem) {
    [part='area'] {
      grid-template-columns: 1fr;
    }
    [part='area'] [part='meter'] span {
      flex-basis: 100%;
    }
  }
`;
