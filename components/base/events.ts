/**
 * The events of aimskit's elements: `Event` subclasses named `aims-<noun>[-<verb>]`, bubbling and
 * composed, each with a frozen plain-data `detail` (ids and values, never elements or the session).
 */
import type { Envelope } from '../../src/io/envelope.js';
import type { AimsIssue, AnswerValue } from '../../src/model/index.js';

/** Base of every aimskit event. */
export class AimsEvent<T extends object> extends Event {
  readonly detail: Readonly<T>;
  constructor(type: string, detail: T, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
    this.detail = Object.freeze(detail);
  }
}

export interface ScoreSummary {
  /** Overall readiness 0..100 (null before anything is scored). */
  readonly readiness: number | null;
  readonly band: string | null;
  /** Share of visible questions answered, 0..1. */
  readonly completion: number;
}

/** `aims-ready`: the definition is loaded and the draft restored. */
export class AimsReadyEvent extends AimsEvent<{
  definition: { id: string; version: string };
  key: string;
}> {
  constructor(detail: AimsReadyEvent['detail']) {
    super('aims-ready', detail);
  }
}
/** `aims-change`: the response changed; carries the scorecard summary. */
export class AimsChangeEvent extends AimsEvent<ScoreSummary & { revision: number }> {
  constructor(detail: AimsChangeEvent['detail']) {
    super('aims-change', detail);
  }
}
/** `aims-submit` (cancelable): the sealed envelope is ready to send. */
export class AimsSubmitEvent extends AimsEvent<{ envelope: Envelope }> {
  constructor(detail: AimsSubmitEvent['detail']) {
    super('aims-submit', detail, true);
  }
}
/** `aims-submit-request`: a questionnaire passed validation and asks its assessment to submit. */
export class AimsSubmitRequestEvent extends AimsEvent<Record<string, never>> {
  constructor() {
    super('aims-submit-request', {});
  }
}
/** `aims-storage-error`: persistence failed; the user keeps working in memory. */
export class AimsStorageErrorEvent extends AimsEvent<{ key: string; problem: string }> {
  constructor(detail: AimsStorageErrorEvent['detail']) {
    super('aims-storage-error', detail);
  }
}
/** `aims-definition-error`: the definition was rejected; every problem by path. */
export class AimsDefinitionErrorEvent extends AimsEvent<{ issues: readonly AimsIssue[] }> {
  constructor(detail: AimsDefinitionErrorEvent['detail']) {
    super('aims-definition-error', detail);
  }
}
/** `aims-answer`: the user answered (or cleared) a question. */
export class AimsAnswerEvent extends AimsEvent<{ question: string; value: AnswerValue | null }> {
  constructor(detail: AimsAnswerEvent['detail']) {
    super('aims-answer', detail);
  }
}
/** `aims-section-change`: the questionnaire moved to another section. */
export class AimsSectionChangeEvent extends AimsEvent<{ section: string; index: number }> {
  constructor(detail: AimsSectionChangeEvent['detail']) {
    super('aims-section-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aims-ready': AimsReadyEvent;
    'aims-change': AimsChangeEvent;
    'aims-submit': AimsSubmitEvent;
    'aims-submit-request': AimsSubmitRequestEvent;
    'aims-storage-error': AimsStorageErrorEvent;
    'aims-definition-error': AimsDefinitionErrorEvent;
    'aims-answer': AimsAnswerEvent;
    'aims-section-change': AimsSectionChangeEvent;
  }
}
