/** Undo and redo: the responses before and after the current one, and how they are re-stamped. */
import type { AssessmentResponse } from '../model/response.js';
import { sameJson } from '../util/json.js';

/**
 * Stamps every entry that differs between `from` and `to` with `now`: undo and redo are new
 * writes, so that merging with another tab sees them as the latest.
 */
export function restamp(
  to: AssessmentResponse,
  from: AssessmentResponse,
  now: string,
): AssessmentResponse {
  const out: AssessmentResponse = { ...to, updatedAt: now };
  for (const key of ['answers', 'soa', 'review'] as const) {
    const entries = to[key];
    if (!entries) continue;
    const copy: Record<string, { updatedAt?: string }> = { ...entries };
    for (const id in copy)
      if (!sameJson(copy[id], from[key]?.[id])) copy[id] = { ...copy[id], updatedAt: now };
    out[key] = copy as never;
  }
  if (to.risks) {
    out.risks = to.risks.map((risk) => {
      const before = from.risks?.find((other) => other.id === risk.id);
      return sameJson(risk, before) ? risk : { ...risk, updatedAt: now };
    });
  }
  return out;
}

export class History {
  private readonly past: AssessmentResponse[] = [];
  private readonly future: AssessmentResponse[] = [];

  /** `limit`: how many changes undo remembers. */
  constructor(private readonly limit: number) {}

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** A change was made over `previous`: remember it, forget what redo had. */
  record(previous: AssessmentResponse): void {
    this.past.push(previous);
    if (this.past.length > this.limit) this.past.shift();
    this.future.length = 0;
  }

  /** Forgets everything (another tab's changes arrived). */
  clear(): void {
    this.past.length = 0;
    this.future.length = 0;
  }

  /** The response to go back to from `current`, or undefined when there is none. */
  undo(current: AssessmentResponse): AssessmentResponse | undefined {
    return History.travel(this.past, this.future, current);
  }

  /** The response to go forward to from `current`, or undefined when there is none. */
  redo(current: AssessmentResponse): AssessmentResponse | undefined {
    return History.travel(this.future, this.past, current);
  }

  private static travel(
    from: AssessmentResponse[],
    to: AssessmentResponse[],
    current: AssessmentResponse,
  ): AssessmentResponse | undefined {
    const target = from.pop();
    if (target) to.push(current);
    return target;
  }
}
