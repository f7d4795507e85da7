/**
 * The frame of `<aims-questionnaire>` around the current section: the table of contents, the
 * progress bar and the Previous / Next / Finish bar.
 */
import { html, nothing } from 'lit';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey, MessageVars } from '../base/i18n.js';
import type { Text } from '../../src/model/index.js';
import { onTocKey } from './nav-controller.js';
import { percentOf, type Section } from './sections.js';

/** What the frame needs from the questionnaire. */
export interface FrameHost {
  readonly snap: SessionSnapshot;
  readonly sectionIndex: number;
  readonly readonly: boolean;
  readonly opened: ReadonlySet<string>;
  msg(key: MessageKey, vars?: MessageVars): string;
  text(text: Text | undefined): string;
  toggle(key: string): void;
  /** Shows section `index` and focuses its heading. */
  showSection(index: number): unknown;
  next(): unknown;
  previous(): unknown;
  finish(): unknown;
}

type NavKey = 'previous' | 'next' | 'finish';

/** "Section 2 of 5". */
const stepText = (host: FrameHost): string =>
  host.msg('step', { number: host.sectionIndex + 1, total: host.snap.definition.sections.length });

/** The table of contents: a disclosure button (narrow containers) and the list of sections. */
export function renderToc(host: FrameHost) {
  const { snap } = host;
  const current = snap.definition.sections[host.sectionIndex]!;
  const completion = new Map(
    snap.scorecard.sections.map((section) => [section.id, section.completion]),
  );
  return html`<nav part="toc" class="toc" aria-label=${host.msg('contents')}>
    <button
      type="button"
      class="link tog"
      aria-expanded=${host.opened.has('toc')}
      aria-controls="toc"
      @click=${() => host.toggle('toc')}
    >
      ${stepText(host)}: ${host.text(current.title)}
    </button>
    <ol id="toc" @keydown=${onTocKey}>
      ${snap.definition.sections.map((section, index) =>
        renderTocItem(host, section, index, percentOf(completion.get(section.id))),
      )}
    </ol>
  </nav>`;
}

function renderTocItem(host: FrameHost, section: Section, index: number, percent: number) {
  return html`<li>
    <button
      type="button"
      part="toc-item"
      class="toc-item"
      aria-current=${index === host.sectionIndex ? 'step' : nothing}
      @click=${() => host.showSection(index)}
    >
      ${host.text(section.title)}
      <span class="muted">${host.msg('sectionDone', { percent })}</span>
    </button>
  </li>`;
}

/** The overall share answered, as a bar and as text. */
export function renderProgress(host: FrameHost) {
  const overall = percentOf(host.snap.scorecard.overall.completion);
  return html`<div part="progress" class="progress">
    <progress max="100" .value=${overall} aria-label=${host.msg('progress')}></progress>
    <span role="status">${host.msg('progressText', { percent: overall })}</span>
  </div>`;
}

/** Previous, "Section n of m", and Next or Finish. */
export function renderNav(host: FrameHost) {
  const index = host.sectionIndex;
  const isLast = index >= host.snap.definition.sections.length - 1;
  const forward = !isLast
    ? renderButton(host, 'next', () => host.next())
    : host.readonly
      ? nothing
      : renderButton(host, 'finish', () => host.finish());
  const back = index
    ? renderButton(host, 'previous', () => host.previous(), 'btn')
    : html`<span></span>`;
  return html`<div part="nav" class="nav">
    ${back}
    <span class="muted">${stepText(host)}</span> ${forward}
  </div>`;
}

function renderButton(
  host: FrameHost,
  key: NavKey,
  onClick: () => unknown,
  classes = 'btn primary',
) {
  return html`<button type="button" part="button" class=${classes} @click=${onClick}>
    ${host.msg(key)}
  </button>`;
}
