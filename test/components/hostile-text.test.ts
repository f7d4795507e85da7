/**
 * Hostile text (issue 12): a definition and a response whose every text field carries an XSS
 * payload (test/fixtures/xss-payloads.ts), rendered by every element in real Chromium with every
 * disclosure open. Passes only when no payload runs (the canary `window.__aimsXss` stays
 * undefined), no markup or dangerous URL comes out of any payload, and each payload is shown as the
 * text it is.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMediaWhereSupported } from '../browser-support.js';
import '../../components/assessment/define.js';
import '../../components/questionnaire/define.js';
import '../../components/risk-matrix/define.js';
import '../../components/scorecard/define.js';
import '../../components/soa-table/define.js';
import type { AimsAssessment } from '../../components/assessment/assessment.js';
import type { AimsQuestionnaire } from '../../components/questionnaire/questionnaire.js';
import type { AimsRiskMatrix } from '../../components/risk-matrix/risk-matrix.js';
import type { AimsScorecard } from '../../components/scorecard/scorecard.js';
import type { AimsSoaTable } from '../../components/soa-table/soa-table.js';
import {
  parseDefinition,
  parseResponse,
  type AssessmentDefinition,
  type AssessmentResponse,
} from '../../src/model/index.js';
import { createSession } from '../../src/session/index.js';
import type { AssessmentSession } from '../../src/session/types.js';
import { shortPayloads, xssPayloads } from '../fixtures/xss-payloads.js';

declare global {
  interface Window {
    __aimsXss?: unknown;
  }
}

const N = xssPayloads.length;
/** The payload for slot `i` (the corpus is reused round-robin over the fields). */
const P = (i: number): string => xssPayloads[((i % N) + N) % N]!;
const EV = shortPayloads(255);
const HEX = 'ab'.repeat(32);

// -------------------------------------------------------------------------------------------------
// The hostile definition: one question per payload (its text), and payloads in every other text
// field as well.
// -------------------------------------------------------------------------------------------------
const PER_SECTION = 10;
const SECTIONS = Math.ceil(N / PER_SECTION);
const TYPES = [
  'scale',
  'choice',
  'multi',
  'text',
  'number',
  'scale',
  'choice',
  'text',
  'date',
  'scale',
] as const;
const controlOf = (s: number) => `A.${s + 2}.1`;
const groupOf = (s: number) => `A.${s + 2}`;
const opt = (id: string, k: number, value?: number, extra: Record<string, unknown> = {}) => ({
  id,
  label: P(k),
  description: P(k + 1),
  ...(value === undefined ? {} : { value }),
  ...extra,
});

function question(g: number, s: number) {
  const type = TYPES[g % TYPES.length]!;
  const base = {
    id: `q${g}`,
    type,
    text: P(g),
    help: P(g + 1),
    recommendation: P(g + 2),
    placeholder: P(g + 3),
    commentLabel: P(g + 4),
    tags: [`t${g % 3}`],
    evidence: g % 2 ? ('documentation' as const) : ('operation' as const),
  };
  if (type === 'scale') return { ...base, scale: 'lv', requirement: controlOf(s) };
  if (type === 'choice') {
    // the first section's choice questions sit on a clause: no N/A option there
    return {
      ...base,
      requirement: s === 0 ? '4.1' : controlOf(s),
      options: [opt('lo', g + 5, 0), opt('hi', g + 7, 1, { requiresJustification: true })],
    };
  }
  if (type === 'multi') return { ...base, options: [opt('a', g + 9), opt('b', g + 11)] };
  if (type === 'number') return { ...base, min: 0, max: 10 };
  return base;
}

const levels = ['l0', 'l1', 'l2'];
const json = {
  format: 'aimskit.definition/1',
  id: 'hostile',
  version: P(0).slice(0, 40),
  title: P(1),
  description: P(2),
  locale: 'en',
  bands: [
    { id: 'early', min: 0, label: P(3) },
    { id: 'developing', min: 40, label: P(4) },
    { id: 'ready', min: 90, label: P(5) },
  ],
  scales: [
    {
      id: 'lv',
      label: P(6),
      options: [
        opt('0', 7, 0),
        opt('1', 9, 0.4),
        opt('2', 11, 1),
        opt('na', 13, undefined, { na: true }),
      ],
    },
  ],
  groups: [
    { id: '4', title: P(15), description: P(16), kind: 'clause' },
    ...Array.from({ length: SECTIONS }, (_, s) => ({
      id: groupOf(s),
      title: P(17 + s),
      description: P(40 + s),
      kind: 'control',
    })),
  ],
  tags: [0, 1, 2].map((t) => ({ id: `t${t}`, title: P(60 + t), description: P(63 + t) })),
  requirements: [
    { id: '4.1', title: P(66), kind: 'clause', group: '4', description: P(67) },
    ...Array.from({ length: SECTIONS }, (_, s) => ({
      id: controlOf(s),
      title: P(68 + s),
      kind: 'control',
      group: groupOf(s),
      description: P(90 + s),
    })),
  ],
  sections: Array.from({ length: SECTIONS }, (_, s) => ({
    id: `s${s}`,
    title: P(100 + s),
    description: P(120 + s),
    questions: Array.from({ length: PER_SECTION }, (_, j) => s * PER_SECTION + j)
      .filter((g) => g < N)
      .map((g) => question(g, s)),
  })),
  mappings: Array.from({ length: SECTIONS }, (_, s) => ({
    source: controlOf(s),
    target: `fw:t${s % 3}`,
    relationship: 'intersects-with',
    note: P(30 + s),
  })),
  frameworks: [
    {
      id: 'fw',
      title: P(50),
      interpretation: true,
      note: P(51),
      targets: [0, 1, 2].map((t) => ({ id: `fw:t${t}`, title: P(52 + t) })),
    },
  ],
  riskMatrix: {
    likelihood: levels.map((id, k) => ({ id, label: P(70 + k), description: P(73 + k) })),
    impact: levels.map((id, k) => ({ id: `i${k}`, label: P(76 + k), description: P(79 + k) })),
    levels: ['low', 'medium', 'high'].map((id, k) => ({
      id,
      label: P(82 + k),
      description: P(85 + k),
    })),
    grid: [
      [0, 0, 1],
      [0, 1, 2],
      [1, 2, 2],
    ],
    appetite: 'low',
  },
  metadata: { publisher: P(88), licence: P(89), notes: { en: P(91), de: P(92) } },
};
const definition: AssessmentDefinition = parseDefinition(json);
const questions = definition.sections.flatMap((s) => s.questions);

// -------------------------------------------------------------------------------------------------
// The hostile response: comments, justifications, text answers, evidence names, risks, SoA, reviews
// and meta.
// -------------------------------------------------------------------------------------------------
function answerFor(g: number): Record<string, unknown> | undefined {
  const q = questions[g]!;
  const common = {
    comment: P(g + 20),
    evidence: [
      {
        id: `ev-${g}`,
        name: EV[g % EV.length]!,
        type: P(g + 21).slice(0, 200),
        size: 100 + g,
        sha256: HEX,
      },
    ],
  };
  switch (q.type) {
    case 'scale':
      return g % 3 === 0
        ? { value: 'na', justification: P(g + 22), ...common }
        : { value: '0', ...common };
    case 'choice':
      return { value: 'hi', justification: P(g + 23), ...common };
    case 'multi':
      return { value: ['a', 'b'], ...common };
    case 'text':
      return { value: P(g + 24), ...common };
    case 'number':
      return { value: 3, ...common };
    default:
      return { value: '2026-03-05', ...common };
  }
}
const answers = Object.fromEntries(questions.map((q, g) => [q.id, answerFor(g)]));
const risks = [0, 1, 2, 3].map((k) => ({
  id: `R-${k}`,
  title: P(k * 7 + 1),
  system: P(k * 7 + 2),
  description: P(k * 7 + 3),
  owner: P(k * 7 + 4),
  likelihood: levels[k % 3]!,
  impact: `i${(k + 1) % 3}`,
  residualLikelihood: 'l0',
  residualImpact: 'i0',
  treatment: 'mitigate',
  controls: [controlOf(k)],
  due: '2026-06-30',
}));
const soa = Object.fromEntries(
  Array.from({ length: SECTIONS }, (_, s) => [
    controlOf(s),
    s % 2
      ? {
          applicable: false,
          justification: P(s * 5 + 8),
          owner: P(s * 5 + 9),
          status: 'not-applicable',
        }
      : { applicable: true, justification: P(s * 5 + 10), owner: P(s * 5 + 11), status: 'partial' },
  ]),
);
const response: AssessmentResponse = parseResponse(
  {
    format: 'aimskit.response/1',
    definition: { id: definition.id, version: definition.version },
    answers,
    risks,
    soa,
    review: Object.fromEntries(
      questions.slice(0, 20).map((q, g) => [q.id, { state: 'follow-up', note: P(g + 33) }]),
    ),
    meta: { organisation: P(97), respondent: P(98), system: P(99) },
    updatedAt: '2026-03-05T10:00:00.000Z',
  },
  definition,
);

function hostileSession(): AssessmentSession {
  const s = createSession({ definition, response });
  // the session kept the whole response (it would drop what does not fit the definition)
  expect(JSON.stringify(s.state.response)).to.equal(JSON.stringify(response));
  return s;
}

// -------------------------------------------------------------------------------------------------
// Detectors
// -------------------------------------------------------------------------------------------------
/** Elements aimskit never renders: any of them inside a shadow root came out of a payload. */
const FOREIGN = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'img',
  'image',
  'video',
  'audio',
  'source',
  'math',
  'foreignobject',
  'animate',
  'set',
  'use',
  'marquee',
  'template',
  'style',
  'body',
  'noscript',
  'xmp',
  'details',
]);
const URL_ATTRS = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'data',
  'srcdoc',
  'poster',
  'background',
  'to',
  'values',
]);
const BAD_URL = /^(javascript|vbscript|data:text\/html)/;
/** What a browser would treat as the URL's scheme: control characters and spaces are ignored. */
// eslint-disable-next-line no-control-regex -- the hostile input is control characters by design
const scheme = (v: string) => v.replace(/[\u0000-\u0020]/g, '').toLowerCase();

/** Every shadow root under `root` (the element's own, and those of elements inside it). */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot) out.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  return out;
}

/**
 * Problems in `host`'s shadow roots: event-handler attributes, dangerous URLs, foreign elements,
 * non-http links.
 */
function scan(host: Element): string[] {
  const problems: string[] = [];
  const roots = host.shadowRoot
    ? [host.shadowRoot, ...shadowRoots(host.shadowRoot)]
    : shadowRoots(host);
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName.toLowerCase();
      // the element's own: the style sheet fallback, and the disclosure of an open gate's items
      const own =
        (tag === 'style' && el.parentNode === root) ||
        (tag === 'details' && el.parentElement?.getAttribute('part') === 'gate');
      if (FOREIGN.has(tag) && !own)
        problems.push(`<${tag}> in ${(root.host as Element).localName}`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) problems.push(`${a.name} on <${tag}>`);
        if (URL_ATTRS.has(a.name.toLowerCase()) && BAD_URL.test(scheme(a.value)))
          problems.push(`${a.name}="${a.value.slice(0, 40)}" on <${tag}>`);
      }
      if (
        el instanceof HTMLAnchorElement &&
        el.hasAttribute('href') &&
        !/^(https?|mailto):$/.test(el.protocol)
      )
        problems.push(`link to ${el.protocol}`);
    }
  }
  return problems;
}

/**
 * Everything `host` shows as text: text nodes, the values of its fields and its (non-handler)
 * attributes.
 */
function shown(host: Element): string[] {
  const out: string[] = [];
  const roots = [host.shadowRoot!, ...shadowRoots(host.shadowRoot!)];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push((n as Text).data);
    for (const el of root.querySelectorAll('input, textarea, select'))
      out.push((el as HTMLInputElement).value);
    for (const el of root.querySelectorAll('*')) for (const a of el.attributes) out.push(a.value);
  }
  return out;
}
/** Text fields drop line breaks from their value; compare without them. */
const flat = (s: string) => s.replace(/[\r\n]/g, '');
function missing(host: Element, expected: Iterable<string>): string[] {
  const seen = shown(host).map(flat);
  return [...new Set(expected)].filter((p) => !seen.some((s) => s.includes(flat(p))));
}
/** The legend text of a question, as a user reads it. */
const legendOf = (el: Element, id: string) =>
  el.shadowRoot!.querySelector(`fieldset[data-question="${id}"] legend`)?.textContent ?? '';

/**
 * Lets images fail, handlers run and timers fire, so that a payload that got through has run by
 * now.
 */
async function settle(ms = 300): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await new Promise((r) => setTimeout(r, ms));
}

/** Clicks every closed disclosure (level descriptions, comment and evidence) until none is left. */
async function openDisclosures(el: AimsQuestionnaire): Promise<number> {
  let opened = 0;
  for (let round = 0; round < 5; round++) {
    const closed = [
      ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]'),
    ];
    if (!closed.length) break;
    for (const b of closed) {
      b.click();
      opened++;
    }
    await el.updateComplete;
  }
  return opened;
}

const canary = () => window.__aimsXss;

describe('hostile text', () => {
  beforeEach(() => {
    delete window.__aimsXss;
  });
  afterEach(async () => {
    await emulateMediaWhereSupported({ media: 'screen' });
  });

  it('the corpus is large and varied, and the fixtures carry it into every field', () => {
    expect(N).to.be.at.least(100);
    expect(new Set(xssPayloads).size).to.equal(N);
    for (const needle of [
      '<script',
      'onerror',
      'javascript:',
      '<svg',
      '<math',
      '&#',
      '%3C',
      '](javascript:',
      'data:text/html',
    ]) {
      expect(
        xssPayloads.some((p) => p.includes(needle)),
        needle,
      ).to.equal(true);
    }
    // one question per payload, so each payload is rendered at least once as a question's text
    expect(questions.map((q) => q.text)).to.deep.equal([...xssPayloads]);
    expect(EV.length).to.be.at.least(50);
  });

  it('the detectors see a payload that is parsed as markup (so the checks below can fail)', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    // the one way this test turns text into markup on purpose: a payload parsed in the page's
    // context
    root.append(
      document.createRange().createContextualFragment(`${P(10)}<a href="javascript:void 0">x</a>`),
    );
    for (let t = 0; t < 40 && canary() === undefined; t++) await settle(50);
    expect(canary()).to.equal(1);
    const problems = scan(host);
    expect(problems.some((p) => p.startsWith('onerror'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('<img>'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('href="javascript:'))).to.equal(true);
  });

  it('<aims-questionnaire>: every section, levels, help, comments and evidence open: nothing runs, all shown as text', async () => {
    const el = await fixture<AimsQuestionnaire>(
      html`<aims-questionnaire .session=${hostileSession()} theme="light"></aims-questionnaire>`,
    );
    const problems: string[] = [];
    const notShown: string[] = [];
    let opened = 0;
    for (const [s, sec] of definition.sections.entries()) {
      expect(await el.goTo(sec.questions[0]!.id), `goTo section ${s}`).to.equal(true);
      await el.updateComplete;
      opened += await openDisclosures(el);
      await settle(100);
      problems.push(...scan(el));
      for (const q of sec.questions) {
        if (!legendOf(el, q.id).includes(q.text as string)) notShown.push(`legend of ${q.id}`);
      }
      const expected = sec.questions
        .flatMap((q, j) => {
          const g = s * PER_SECTION + j,
            a = answers[q.id] as { comment: string; justification?: string; value?: unknown };
          const opts = q.type === 'scale' ? definition.scales[0]!.options : (q.options ?? []);
          return [
            q.help,
            ['text', 'number', 'date'].includes(q.type) ? q.placeholder : undefined,
            q.commentLabel,
            a.comment,
            EV[g % EV.length],
            a.justification,
            typeof a.value === 'string' && q.type === 'text' ? a.value : undefined,
            ...opts.flatMap((o) => [o.label, o.description]),
            q.type === 'scale' && a.value === '0' ? q.recommendation : undefined,
          ];
        })
        .filter((x): x is string => typeof x === 'string');
      expected.push(
        sec.title as string,
        sec.description as string,
        ...definition.sections.map((x) => x.title as string),
      );
      notShown.push(...missing(el, expected).map((p) => `section ${s}: ${p.slice(0, 60)}`));
    }
    await settle();
    // a comment disclosure per question, plus the level descriptions
    expect(opened).to.be.at.least(N);
    expect(problems).to.deep.equal([]);
    expect(notShown).to.deep.equal([]);
    expect(canary()).to.equal(undefined);
  });

  it('<aims-risk-matrix>: grid, both views, movement, register, a selected cell and the edit form', async () => {
    const el = await fixture<AimsRiskMatrix>(
      html`<aims-risk-matrix
        .session=${hostileSession()}
        show-movement
        theme="light"
      ></aims-risk-matrix>`,
    );
    const problems = scan(el);
    expect(
      missing(el, [
        ...risks.flatMap((r) => [r.title, r.system, r.owner]),
        ...json.riskMatrix.likelihood.map((e) => e.label),
        ...json.riskMatrix.impact.map((e) => e.label),
        ...json.riskMatrix.levels.map((e) => e.label),
      ]),
    ).to.deep.equal([]);
    el.view = 'residual';
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[role=gridcell]')!.click();
    await el.updateComplete;
    problems.push(...scan(el));
    await el.edit('R-1');
    problems.push(...scan(el));
    const r1 = risks[1]!;
    expect(
      missing(el, [
        r1.title,
        r1.system,
        r1.description,
        r1.owner,
        ...json.requirements.filter((q) => q.kind === 'control').map((q) => q.title),
      ]),
    ).to.deep.equal([]);
    await settle();
    expect(problems).to.deep.equal([]);
    expect(canary()).to.equal(undefined);
  });

  for (const readonly of [false, true]) {
    it(`<aims-soa-table>${readonly ? ' (readonly)' : ''}: titles, justifications, owners, and in print media`, async () => {
      const el = await fixture<AimsSoaTable>(
        html`<aims-soa-table
          .session=${hostileSession()}
          ?readonly=${readonly}
          theme="light"
        ></aims-soa-table>`,
      );
      await settle(50);
      const problems = scan(el);
      const decided = Object.values(soa) as { justification: string; owner: string }[];
      expect(
        missing(el, [
          ...json.requirements.filter((q) => q.kind === 'control').map((q) => q.title),
          ...decided.map((d) => d.justification),
          ...decided.map((d) => d.owner),
        ]),
      ).to.deep.equal([]);
      await emulateMediaWhereSupported({ media: 'print' });
      dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      problems.push(...scan(el));
      dispatchEvent(new Event('afterprint'));
      await settle();
      expect(problems).to.deep.equal([]);
      expect(canary()).to.equal(undefined);
    });
  }

  for (const variant of ['full', 'compact'] as const) {
    it(`<aims-scorecard variant="${variant}">: cover, bands, areas by group and theme, gaps, crosswalks, risks, print mode`, async () => {
      const el = await fixture<AimsScorecard>(
        html`<aims-scorecard
          .session=${hostileSession()}
          variant=${variant}
          max-gaps="200"
          theme="light"
        ></aims-scorecard>`,
      );
      const problems = scan(el);
      const expected = [
        json.title,
        response.meta!.organisation!,
        response.meta!.system!,
        ...json.groups.filter((g) => g.kind === 'control').map((g) => g.title),
      ];
      if (variant === 'full')
        expected.push(
          json.frameworks[0]!.title,
          json.frameworks[0]!.note,
          ...json.frameworks[0]!.targets.map((t) => t.title),
        );
      // the gaps list the questions below target, by their text and recommendation
      const gapTexts = el.session!.state.scorecard.gaps.map((g) =>
        questions.find((q) => q.id === g.question)!,
      );
      expect(gapTexts.length).to.be.at.least(10);
      expected.push(
        ...gapTexts.flatMap((q) => [
          q.text as string,
          ...(q.recommendation ? [q.recommendation as string] : []),
        ]),
      );
      expect(missing(el, expected)).to.deep.equal([]);
      el.groupBy = 'tags';
      await el.updateComplete;
      problems.push(...scan(el));
      if (variant === 'full')
        expect(
          missing(
            el,
            json.tags.map((t) => t.title),
          ),
        ).to.deep.equal([]);
      await emulateMediaWhereSupported({ media: 'print' });
      el.printing = true;
      await el.updateComplete;
      problems.push(...scan(el));
      expect(
        missing(el, [json.frameworks[0]!.title, json.riskMatrix.levels[0]!.label]),
      ).to.deep.equal([]);
      el.printing = false;
      await settle();
      expect(problems).to.deep.equal([]);
      expect(canary()).to.equal(undefined);
    });
  }

  it('<aims-assessment> with every element inside, in context', async () => {
    const el = await fixture<AimsAssessment>(
      html`<aims-assessment storage="memory" storage-key="hostile" .definition=${definition}>
        <aims-questionnaire></aims-questionnaire><aims-risk-matrix></aims-risk-matrix
        ><aims-soa-table></aims-soa-table><aims-scorecard></aims-scorecard>
      </aims-assessment>`,
    );
    if (!el.session) await oneEvent(el, 'aims-ready');
    el.session!.dispatch({ type: 'replace', response });
    await settle(100);
    const problems = scan(el);
    expect(el.querySelector('aims-scorecard')!.shadowRoot!.textContent).to.include(json.title);
    await settle();
    expect(problems).to.deep.equal([]);
    expect(canary()).to.equal(undefined);
  });

  it('<aims-assessment> lists the problems of a hostile, invalid definition as text', async () => {
    const bad = {
      ...json,
      title: 7,
      [P(0)]: 'x',
      sections: [{ ...json.sections[0], id: P(10), [P(12)]: true }],
      version: P(2),
    };
    const el = await fixture<AimsAssessment>(
      html`<aims-assessment storage="memory" .definition=${bad}></aims-assessment>`,
    );
    for (let t = 0; t < 40 && !el.shadowRoot!.querySelector('[role=alert]'); t++) await settle(50);
    await settle();
    const text = el.shadowRoot!.textContent ?? '';
    expect(text).to.include(P(0));
    expect(text).to.include(P(12));
    expect(scan(el)).to.deep.equal([]);
    expect(canary()).to.equal(undefined);
  });
});
