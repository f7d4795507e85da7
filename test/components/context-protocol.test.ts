// The session travels by the community context protocol: <aims-assessment> provides it with
// @lit/context's ContextProvider, the elements consume it with ContextConsumer (subscribe: true),
// and a ContextRoot repeats the requests of elements connected before their provider was defined.
// These tests hold it to the protocol: any consumer written with @lit/context receives the session,
// and a session change reaches subscribers; an element moved to another provider follows it; a
// provider defined late is found.
import { expect, oneEvent } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import '../../components/assessment/define.js';
import '../../components/scorecard/define.js';
import { AimsAssessment } from '../../components/assessment/assessment.js';
import type { AimsScorecard } from '../../components/scorecard/scorecard.js';
import { sessionContext } from '../../components/base/context.js';
import { en } from '../../components/base/messages/en.js';
import { allTypes } from './fixtures.js';

class LitContextConsumer extends LitElement {
  seen: unknown[] = [];
  consumer = new ContextConsumer(this, {
    context: sessionContext,
    subscribe: true,
    callback: (v) => this.seen.push(v),
  });
}
customElements.define('test-lit-context-consumer', LitContextConsumer);

async function assessment(): Promise<AimsAssessment> {
  const el = document.createElement('aims-assessment');
  el.storage = 'memory';
  el.definition = allTypes;
  return el;
}

describe('session context (community protocol)', () => {
  it('answers a @lit/context consumer, and again when the session changes', async () => {
    const el = await assessment();
    const c = document.createElement('test-lit-context-consumer') as LitContextConsumer;
    el.append(c);
    const ready = oneEvent(el, 'aims-ready');
    document.body.append(el);
    await ready;
    expect(c.consumer.value).to.equal(el.session);
    expect(c.seen.at(-1)).to.equal(el.session);
    const first = el.session;
    // A new definition: the old session closes, the new one reaches the subscriber.
    const again = oneEvent(el, 'aims-ready');
    el.storageKey = 'other';
    await again;
    expect(el.session).to.not.equal(first);
    expect(c.consumer.value).to.equal(el.session);
    el.remove();
  });

  it('an aimskit element follows the provider it is moved under, and stops hearing the old one', async () => {
    const [a, b] = await Promise.all([assessment(), assessment()]);
    b.storageKey = 'b';
    const sc = document.createElement('aims-scorecard') as AimsScorecard;
    a.append(sc);
    const readyA = oneEvent(a, 'aims-ready'),
      readyB = oneEvent(b, 'aims-ready');
    document.body.append(a, b);
    await Promise.all([readyA, readyB]);
    expect(sc.contextSession).to.equal(a.session);
    b.append(sc);
    await sc.updateComplete;
    expect(sc.contextSession).to.equal(b.session);
    // A new session in the first provider does not reach the moved element.
    const again = oneEvent(a, 'aims-ready');
    a.storageKey = 'a2';
    await again;
    expect(sc.contextSession).to.equal(b.session);
    a.remove();
    b.remove();
  });

  it('finds a provider that is defined after the element inside it connected', async () => {
    const late = document.createElement('test-late-assessment') as AimsAssessment;
    const sc = document.createElement('aims-scorecard') as AimsScorecard;
    late.append(sc);
    document.body.append(late);
    await sc.updateComplete;
    expect(sc.contextSession).to.equal(undefined);
    late.setAttribute('storage', 'memory');
    late.setAttribute('definition', 'iso42001-quick-scan');
    const ready = oneEvent(late, 'aims-ready');
    customElements.define('test-late-assessment', class extends AimsAssessment {});
    await ready;
    await sc.updateComplete;
    expect(sc.contextSession).to.equal(late.session);
    expect(sc.contextSession).to.not.equal(undefined);
    late.remove();
  });

  it('an element outside any provider has no session and says so', async () => {
    const sc = document.createElement('aims-scorecard') as AimsScorecard;
    document.body.append(sc);
    await sc.updateComplete;
    expect(sc.contextSession).to.equal(undefined);
    expect(sc.shadowRoot!.textContent!.trim()).to.equal(en.noSession);
    sc.remove();
  });
});
