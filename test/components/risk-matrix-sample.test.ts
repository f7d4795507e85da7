// The demo's sample register must fit the iso42001 pack: every risk accepted by a session, every
// control real.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/risk-matrix/define.js';
import { SAMPLE } from '../../examples/risk-matrix.sample.js';
import { iso42001 } from '../../src/content.js';
import { deriveSoa, parseDefinition } from '../../src/core.js';
import { createSession } from '../../src/session/index.js';

describe('risk matrix demo sample', () => {
  it('is accepted risk by risk by an iso42001 session, and its linked controls become applicable in the SoA', async () => {
    const definition = parseDefinition(iso42001);
    const s = createSession({ definition });
    for (const risk of SAMPLE) s.dispatch({ type: 'risk-add', risk });
    expect(s.state.response.risks!.map((r) => r.id)).to.deep.equal(SAMPLE.map((r) => r.id));
    const linked = new Set(SAMPLE.flatMap((r) => r.controls ?? []));
    const soa = deriveSoa(definition, s.state.response).filter((e) => linked.has(e.control));
    expect(soa).to.have.length(linked.size);
    expect(soa.every((e) => e.applicable === true && e.source === 'risk')).to.equal(true);
    const el = await fixture(html`<aims-risk-matrix .session=${s}></aims-risk-matrix>`);
    expect(el.shadowRoot!.querySelectorAll('[part~=row]')).to.have.length(SAMPLE.length);
    await expect(el).to.be.accessible();
  });
});
