// The rendering pipeline of a first render, read from a Chromium DevTools trace, the same way for
// both libraries.
//
// Headless Chromium produces frames on a 60 Hz clock whatever the flags (--disable-gpu-vsync and
// --disable-frame-rate-limit change nothing in headless Chromium 156: requestAnimationFrame still
// fires every 16.7 ms), so a time taken in the page after the next frame includes the wait for that
// clock. Here, each render is found between the page's User Timing marks (bench/pages/shared.ts:
// bench:start, bench:dom, bench:painted), and what the renderer's main thread did from bench:start
// until the end of the first frame after bench:dom (the frame that shows the section: its style,
// layout, paint and commit) is summed: busy time, not wall time. The idle wait for the frame clock,
// and the short gaps between tasks, are left out.

/**
 * Categories enough for the main thread's tasks, the frame's stages, script and the page's marks.
 */
export const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
  'v8.execute',
];

/** Which stage an event's own time belongs to (events not listed inherit their parent's stage). */
const STAGE = {
  // script: compile, run, timers, microtasks, events, rAF callbacks, garbage collection on the main
  // thread
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  'v8.evaluateModule': 'script',
  'v8.run': 'script',
  'v8.callFunction': 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  EventDispatch: 'script',
  'V8.GCScavenger': 'script',
  MajorGC: 'script',
  MinorGC: 'script',
  'V8.GC_MC_BACKGROUND_MARKING': 'script',
  ParseHTML: 'script',
  'V8.Execute': 'script',
  XHRReadyStateChange: 'script',
  FireIdleCallback: 'script',
  // style
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  ScheduleStyleRecalculation: 'style',
  // layout
  Layout: 'layout',
  UpdateLayerTree: 'layout',
  IntersectionObserverController: 'layout',
  ComputeIntersections: 'layout',
  // paint: pre-paint, paint (display lists), layerize, commit to the compositor
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
  CompositeLayers: 'paint',
};
/**
 * The main-thread event that ends a frame's rendering on the main thread (then the compositor takes
 * over).
 */
const FRAME_END = new Set(['Commit']);

/**
 * One entry per traced render: `busy` (ms of main-thread work from bench:start to the end of the
 * frame that shows the section), its split into `script`, `style`, `layout`, `paint` and `other`
 * (task overhead, unlabelled work), `idle` (main thread idle meanwhile: the wait for the frame
 * clock) and `wall` (bench:start to that frame's end).
 */
export function renderPipeline(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const marks = events
    .filter(
      (e) => e.cat?.includes('blink.user_timing') && e.name?.startsWith('bench:') && e.ph !== 'e',
    )
    .sort((a, b) => a.ts - b.ts);
  if (!marks.length) return [];
  const { pid, tid } = marks[0];
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const runs = [];
  for (let i = 0; i < marks.length; i++) {
    if (marks[i].name !== 'bench:start') continue;
    const dom = marks.slice(i + 1).find((m) => m.name === 'bench:dom');
    const painted = marks.slice(i + 1).find((m) => m.name === 'bench:painted');
    if (!dom || !painted) continue;
    const frame = main.find((e) => FRAME_END.has(e.name) && e.ts >= dom.ts && e.ts <= painted.ts);
    if (!frame) throw new Error('no frame commit between bench:dom and bench:painted in the trace');
    runs.push(measure(main, marks[i].ts, frame.ts + frame.dur));
  }
  return runs;
}

/**
 * Busy time on the main thread in [from, to] (µs in, ms out), split by stage through the event
 * nesting.
 */
function measure(main, from, to) {
  const t = { script: 0, style: 0, layout: 0, paint: 0, other: 0 };
  const stack = []; // { end, stage, self }
  const close = (upTo) => {
    while (stack.length && stack.at(-1).end <= upTo) stack.pop();
  };
  let busy = 0,
    covered = from;
  for (const e of main) {
    const start = Math.max(e.ts, from),
      end = Math.min(e.ts + e.dur, to);
    if (e.ts + e.dur <= from) continue;
    if (e.ts >= to) break;
    close(e.ts);
    const parent = stack.at(-1);
    const stage = STAGE[e.name] ?? parent?.stage ?? 'other';
    const span = Math.max(0, end - start);
    // own time: the span, minus what its children take (subtracted from the parent as each child is
    // seen)
    if (parent) t[parent.stage] -= span;
    t[stage] += span;
    stack.push({ end: e.ts + e.dur, stage });
    // busy: the union of top-level spans
    if (!parent && end > covered) {
      busy += end - Math.max(start, covered);
      covered = end;
    }
  }
  const ms = (us) => us / 1000;
  return {
    busy: ms(busy),
    script: ms(t.script),
    style: ms(t.style),
    layout: ms(t.layout),
    paint: ms(t.paint),
    other: ms(t.other),
    idle: ms(to - from - busy),
    wall: ms(to - from),
  };
}
