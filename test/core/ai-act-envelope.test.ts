// The envelope re-derives the EU AI Act triage of each system like the score: a changed class,
// reason or duty is caught, even when the digest was recomputed to match.
import { describe, it, assert } from '../harness.js';
import {
  canonicalJson,
  createEnvelope,
  euAiAct,
  sha256Base64Url,
  verifyEnvelope,
  type AiActTable,
  type AssessmentResponse,
  type Envelope,
} from '../../src/core.js';
import { iso42001 } from '../../src/content.js';

const response: AssessmentResponse = {
  format: 'aimskit.response/1',
  definition: { id: iso42001.id, version: iso42001.version },
  answers: {},
  systems: [
    {
      id: 'cv-screening',
      name: 'CV screening',
      roles: ['deployer'],
      triage: {
        prohibited: 'none',
        'annex-i': 'no',
        'annex-iii': ['annex-iii-4-a'],
        profiling: 'yes',
        'fria-public': 'no',
        transparency: 'none',
      },
    },
    {
      id: 'spam-filter',
      name: 'Spam filter',
      roles: ['deployer'],
      triage: { prohibited: 'none', 'annex-i': 'no', 'annex-iii': 'none', transparency: 'none' },
    },
  ],
};

type Mutable = Record<string, any>;

/** The envelope with its content changed by `change`, and its digest recomputed to match. */
async function tampered(envelope: Envelope, change: (copy: Mutable) => void): Promise<Mutable> {
  const copy = JSON.parse(JSON.stringify(envelope)) as Mutable;
  change(copy);
  const sealed: Mutable = {
    definition: copy.definition,
    response: copy.response,
    scorecard: copy.scorecard,
  };
  if (copy.classifications !== undefined) sealed.classifications = copy.classifications;
  copy.sha256 = await sha256Base64Url(canonicalJson(sealed));
  return copy;
}

describe('envelope: the EU AI Act classification is re-derived', () => {
  it('seals the classification of each system and verifies it', async () => {
    const envelope = await createEnvelope(iso42001, response);
    assert.deepEqual(
      envelope.classifications?.map((entry) => [entry.system, entry.riskClass]),
      [
        ['cv-screening', 'high'],
        ['spam-filter', 'minimal'],
      ],
    );
    const result = await verifyEnvelope(envelope, iso42001);
    assert.deepEqual(result.problems, []);
    assert.equal(result.ok, true);
    assert.equal(result.classifications?.[0]?.riskClass, 'high');
  });

  it('an envelope without systems carries no classification and seals as before', async () => {
    const envelope = await createEnvelope(iso42001, { ...response, systems: undefined });
    assert.equal('classifications' in envelope, false);
    const before = await sha256Base64Url(
      canonicalJson({
        definition: envelope.definition,
        response: envelope.response,
        scorecard: envelope.scorecard,
      }),
    );
    assert.equal(envelope.sha256, before);
    assert.equal((await verifyEnvelope(envelope, iso42001)).ok, true);
  });

  it('catches a tampered class, even with the digest recomputed', async () => {
    const envelope = await createEnvelope(iso42001, response);
    const forged = await tampered(envelope, (copy) => {
      copy.classifications[0].riskClass = 'minimal';
    });
    const result = await verifyEnvelope(forged, iso42001);
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems, [
      { path: 'classifications[0].riskClass', message: 'expected "high", got "minimal"' },
    ]);
  });

  it('catches a duty removed, and a classification dropped', async () => {
    const envelope = await createEnvelope(iso42001, response);
    const fewer = await tampered(envelope, (copy) => {
      copy.classifications[0].duties.pop();
    });
    const fewerResult = await verifyEnvelope(fewer, iso42001);
    assert.equal(fewerResult.problems[0]?.path, 'classifications[0].duties');
    const dropped = await tampered(envelope, (copy) => {
      delete copy.classifications;
    });
    const droppedResult = await verifyEnvelope(dropped, iso42001);
    assert.equal(droppedResult.problems[0]?.path, 'classifications');
    assert.match(droppedResult.problems[0]!.message, /got nothing/);
  });

  it('catches a changed triage answer that the classification does not follow', async () => {
    const envelope = await createEnvelope(iso42001, response);
    const forged = await tampered(envelope, (copy) => {
      copy.response.systems[0].triage.profiling = 'no';
      copy.response.systems[0].triage.derogation = ['Art. 6(3)(a)'];
    });
    const result = await verifyEnvelope(forged, iso42001);
    assert.equal(result.ok, false);
    // (one problem: the first difference in key order, here the questions asked)
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0]!.path, 'classifications[0].asked[4]');
  });

  it('re-derives with the table the host gives, on both sides', async () => {
    const table: AiActTable = {
      ...euAiAct,
      duties: euAiAct.duties.filter((duty) => duty.citation !== 'Art. 86'),
    };
    const envelope = await createEnvelope(iso42001, response, { aiActTable: table });
    assert.equal((await verifyEnvelope(envelope, iso42001, { aiActTable: table })).ok, true);
    const withDefault = await verifyEnvelope(envelope, iso42001);
    assert.equal(withDefault.ok, false);
    assert.equal(withDefault.problems[0]?.path, 'classifications[0].duties');
  });

  it('reports an invalid system by its path', async () => {
    const envelope = await createEnvelope(iso42001, response);
    const forged = await tampered(envelope, (copy) => {
      copy.response.systems[1].roles = ['owner'];
    });
    const result = await verifyEnvelope(forged, iso42001);
    assert.ok(result.problems.some((problem) => problem.path === 'response.systems[1].roles[0]'));
  });
});
