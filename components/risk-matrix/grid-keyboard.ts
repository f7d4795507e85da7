import type { ReactiveElement } from 'lit';
import type { Cell } from './risk-common.js';

/** The size of the grid and what choosing a cell does. */
export interface GridKeyboardOptions {
  /** How many likelihood rows and impact columns the grid has. */
  size(): { readonly likelihoods: number; readonly impacts: number };
  /** Space, Enter or a click chose a cell. */
  choose(cell: Cell): void;
  /** True when the page runs right to left (Left and Right swap). */
  rtl(): boolean;
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

/**
 * The risk grid's keyboard: a roving tabindex over the cells (`role=gridcell`, `data-l`, `data-i`),
 * Arrow keys move by one cell (likelihood grows upwards), Home and End to the row's ends (with
 * Ctrl, to the corners), Page Up and Page Down to the column's ends, Space and Enter choose.
 */
export class GridKeyboardController {
  private readonly host: ReactiveElement;
  private readonly options: GridKeyboardOptions;
  /** The cell with the tab stop (clamped to the grid when read). */
  private active: Cell = [Infinity, 0];

  constructor(host: ReactiveElement, options: GridKeyboardOptions) {
    this.host = host;
    this.options = options;
  }

  /** The cell that holds the tab stop, within the grid. */
  get activeCell(): Cell {
    const { likelihoods, impacts } = this.options.size();
    return [clamp(this.active[0], likelihoods - 1), clamp(this.active[1], impacts - 1)];
  }

  /** Clicks and keys on the grid (listen for both `click` and `keydown`). */
  readonly handleEvent = (event: Event): void => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[role=gridcell]');
    if (!cell) return;
    const from: Cell = [Number(cell.dataset.l), Number(cell.dataset.i)];
    const key = event.type === 'click' ? ' ' : (event as KeyboardEvent).key;
    let to: Cell | undefined;
    if (key === ' ' || key === 'Enter') {
      this.options.choose(from);
      to = from;
    } else {
      to = this.targetOf(key, from, (event as KeyboardEvent).ctrlKey);
    }
    if (!to) return;
    event.preventDefault();
    const { likelihoods, impacts } = this.options.size();
    this.active = [clamp(to[0], likelihoods - 1), clamp(to[1], impacts - 1)];
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focusActive());
  };

  /** Where a key moves from `from`; undefined for keys the grid does not use. */
  private targetOf(key: string, from: Cell, ctrl: boolean): Cell | undefined {
    const { likelihoods, impacts } = this.options.size();
    const top = likelihoods - 1;
    const end = impacts - 1;
    const step = this.options.rtl() ? -1 : 1;
    const [likelihood, impact] = from;
    const targets: Record<string, Cell> = {
      ArrowUp: [likelihood + 1, impact],
      ArrowDown: [likelihood - 1, impact],
      ArrowRight: [likelihood, impact + step],
      ArrowLeft: [likelihood, impact - step],
      Home: [ctrl ? top : likelihood, 0],
      End: [ctrl ? 0 : likelihood, end],
      PageUp: [top, impact],
      PageDown: [0, impact],
    };
    return Object.hasOwn(targets, key) ? targets[key] : undefined;
  }

  private focusActive(): void {
    this.host.renderRoot.querySelector<HTMLElement>('[role=gridcell][tabindex="0"]')?.focus();
  }
}
