// The step renderer's rule (components/base/step-render-controller.ts), on a small Lit host that
// renders a list of items: the first render shows `step` items; a step quicker than the budget
// (20 ms) doubles the next one, a slower one does not; a short list renders at once; a new list
// starts at the first step again. A host whose render is made slow on purpose (a busy wait) shows
// the second half of the rule whatever the machine.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { StepRenderController } from '../../components/base/step-render-controller.js';

class StepHost extends LitElement {
  total = 0;
  /** How long each render busy-waits, in ms (0: as quick as it is). */
  slowness = 0;
  readonly steps = new StepRenderController(this, { step: 10, total: () => this.total });

  override render() {
    const until = performance.now() + this.slowness;
    while (performance.now() < until) {
      // busy: a render as slow as asked
    }
    const items = Array.from({ length: this.total }, (_, index) => index);
    return html`${this.steps.slice(items).map((index) => html`<p>${index}</p>`)}`;
  }
}
customElements.define('step-host', StepHost);

/** The items each task added while the host rendered its whole list. */
async function stepsOf(total: number, slowness: number): Promise<number[]> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const host = document.createElement('step-host') as StepHost;
  host.total = total;
  host.slowness = slowness;
  const added: number[] = [];
  let count = 0;
  const observer = new MutationObserver(() => {
    const now = host.shadowRoot!.querySelectorAll('p').length;
    if (now > count) added.push(now - count);
    count = now;
  });
  wrap.append(host);
  observer.observe(host.shadowRoot!, { childList: true, subtree: true });
  await host.steps.allRendered();
  await new Promise((resolve) => setTimeout(resolve));
  observer.disconnect();
  expect(host.shadowRoot!.querySelectorAll('p')).to.have.length(total);
  return added;
}

describe('StepRenderController', () => {
  it('renders a short list at once', async () => {
    expect(await stepsOf(8, 0)).to.deep.equal([8]);
  });

  it('doubles the step after quick steps', async () => {
    // 10 first; then each quick step doubles the next: 10, 20, 40, 80 … up to 630 items
    const added = await stepsOf(630, 0);
    expect(added[0]).to.equal(10);
    added.slice(1).forEach((count, index) => expect(count).to.be.at.most(2 * added[index]!));
    expect(Math.max(...added), JSON.stringify(added)).to.be.above(10);
  });

  it('keeps the step after slow ones', async () => {
    // every render takes 25 ms, more than the budget: 10 per task throughout
    expect(await stepsOf(40, 25)).to.deep.equal([10, 10, 10, 10]);
  });
});
