import { describe, it, assert } from '../harness.js';
import {
  answerTriage,
  classifyAiSystem,
  dutyCoverage,
  euAiAct,
  parseResponse,
  safeParseResponse,
  triageQuestions,
  checkAiSystems,
  type AiActTable,
  type AiSystem,
  type AssessmentResponse,
} from '../../src/core.js';
import { iso42001 } from '../../src/content.js';

/** A system with the answers of a finished triage, unless `triage` says otherwise. */
const system = (overrides: Partial<AiSystem>): AiSystem => ({
  id: 'sys-1',
  name: 'A system',
  roles: ['deployer'],
  ...overrides,
});

const noneAnswers = {
  prohibited: 'none',
  'annex-i': 'no',
  'annex-iii': 'none',
  transparency: 'none',
};

const cvScreening = {
  ...noneAnswers,
  'annex-iii': ['annex-iii-4-a'],
  profiling: 'yes',
  'fria-public': 'no',
};

const citationsOf = (result: ReturnType<typeof classifyAiSystem>) =>
  result.duties.map((duty) => `${duty.role} ${duty.citation}`);

describe('EU AI Act triage: golden cases', () => {
  it('a CV-screening tool used by an employer is high-risk (Annex III point 4(a)), with the deployer duties', () => {
    const result = classifyAiSystem(system({ roles: ['deployer'], triage: cvScreening }));
    assert.equal(result.riskClass, 'high');
    assert.ok(result.reasons.some((reason) => reason.citation === 'Annex III point 4(a)'));
    const duties = citationsOf(result);
    for (const expected of [
      'deployer Art. 4',
      'deployer Art. 26',
      'deployer Art. 26(11)',
      'deployer Art. 86',
    ])
      assert.ok(duties.includes(expected), `${expected} in ${duties.join(', ')}`);
    assert.ok(!duties.includes('deployer Art. 27'), 'a private employer owes no FRIA');
    assert.ok(!duties.some((duty) => duty.startsWith('provider')));
    assert.deepEqual(result.pending, []);
  });

  it('a public body deploying it owes the fundamental rights impact assessment (Art. 27)', () => {
    const result = classifyAiSystem(
      system({ roles: ['deployer'], triage: { ...cvScreening, 'fria-public': 'yes' } }),
    );
    assert.ok(citationsOf(result).includes('deployer Art. 27'));
  });

  it("the same tool's vendor owes the provider duties", () => {
    const result = classifyAiSystem(system({ roles: ['provider'], triage: cvScreening }));
    assert.equal(result.riskClass, 'high');
    const duties = citationsOf(result);
    for (const article of [
      '9',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
      '43',
      '47',
      '48',
      '49(1)',
      '72',
      '73',
    ])
      assert.ok(duties.includes(`provider Art. ${article}`), `provider Art. ${article}`);
    assert.ok(!duties.some((duty) => duty.startsWith('deployer')));
    const art9 = result.duties.find((duty) => duty.citation === 'Art. 9')!;
    assert.ok(art9.iso42001.includes('6.1.2'), 'risk assessment serves Art. 9');
    assert.equal(art9.appliesFrom, '2026-08-02');
    assert.deepEqual(art9.pendingDate, {
      amendment: 'digital-omnibus-ai',
      status: 'adopted',
      date: '2027-12-02',
    });
  });

  it('a customer-service chatbot has the Art. 50(1) duty (limited)', () => {
    const result = classifyAiSystem(
      system({ roles: ['provider'], triage: { ...noneAnswers, transparency: ['art-50-1'] } }),
    );
    assert.equal(result.riskClass, 'limited');
    assert.ok(result.reasons.some((reason) => reason.citation === 'Art. 50(1)'));
    assert.deepEqual(citationsOf(result), ['provider Art. 4', 'provider Art. 50(1)']);
    const art50 = result.duties.find((duty) => duty.citation === 'Art. 50(1)')!;
    assert.ok(art50.iso42001.includes('A.8.2'));
  });

  it('emotion recognition of employees is prohibited (Art. 5(1)(f))', () => {
    const result = classifyAiSystem(
      system({
        roles: ['deployer'],
        triage: { prohibited: ['art-5-1-f'], 'exception-art-5-1-f': 'no' },
      }),
    );
    assert.equal(result.riskClass, 'prohibited');
    assert.deepEqual(
      result.reasons.map((reason) => reason.citation),
      ['Art. 5(1)(f)'],
    );
    assert.deepEqual(citationsOf(result), ['deployer Art. 5']);
    assert.equal(result.duties[0]!.appliesFrom, '2025-02-02');
  });

  it('emotion recognition for safety reasons is not prohibited, and the rest of the screen decides', () => {
    const result = classifyAiSystem(
      system({
        roles: ['deployer'],
        triage: { ...noneAnswers, prohibited: ['art-5-1-f'], 'exception-art-5-1-f': 'yes' },
      }),
    );
    assert.equal(result.riskClass, 'minimal');
    assert.ok(result.reasons.some((reason) => reason.code === 'prohibition-exception'));
  });

  it('a spam filter is minimal', () => {
    const result = classifyAiSystem(system({ roles: ['deployer'], triage: noneAnswers }));
    assert.equal(result.riskClass, 'minimal');
    assert.deepEqual(citationsOf(result), ['deployer Art. 4']);
    assert.ok(result.reasons.every((reason) => reason.citation.length > 0));
  });

  it('a narrow procedural tool under Art. 6(3) without profiling is not high-risk, with its own duties', () => {
    const result = classifyAiSystem(
      system({
        roles: ['provider'],
        triage: {
          ...noneAnswers,
          'annex-iii': ['annex-iii-4-a'],
          profiling: 'no',
          derogation: ['Art. 6(3)(a)'],
        },
      }),
    );
    assert.equal(result.riskClass, 'minimal');
    assert.ok(
      result.reasons.some(
        (reason) => reason.code === 'derogation' && reason.citation === 'Art. 6(3)(a)',
      ),
    );
    const duties = citationsOf(result);
    assert.ok(duties.includes('provider Art. 6(4)'));
    assert.ok(duties.includes('provider Art. 49(2)'));
    assert.ok(!duties.includes('provider Art. 9'));
  });

  it('the same tool profiling people is high-risk, the derogation no longer asked', () => {
    const result = classifyAiSystem(
      system({
        roles: ['provider'],
        triage: {
          ...noneAnswers,
          'annex-iii': ['annex-iii-4-a'],
          profiling: 'yes',
          derogation: ['Art. 6(3)(a)'],
        },
      }),
    );
    assert.equal(result.riskClass, 'high');
    assert.ok(result.reasons.some((reason) => reason.code === 'profiling'));
    assert.ok(!citationsOf(result).includes('provider Art. 6(4)'));
  });

  it('an unfinished triage is undetermined, never minimal, and says what is open', () => {
    const empty = classifyAiSystem(system({ roles: ['deployer'] }));
    assert.equal(empty.riskClass, 'undetermined');
    assert.deepEqual(empty.pending, ['prohibited', 'annex-i', 'annex-iii', 'transparency']);
    const partial = classifyAiSystem(
      system({
        roles: ['deployer'],
        triage: { prohibited: 'none', 'annex-i': 'no', 'annex-iii': 'none' },
      }),
    );
    assert.equal(partial.riskClass, 'undetermined');
    assert.deepEqual(partial.pending, ['transparency']);
    assert.ok(
      partial.reasons.some(
        (reason) => reason.question === 'transparency' && reason.citation === 'Art. 50',
      ),
    );
    const unsure = classifyAiSystem(
      system({ roles: ['deployer'], triage: { ...noneAnswers, 'annex-i': 'unsure' } }),
    );
    assert.equal(unsure.riskClass, 'undetermined');
    const noRole = classifyAiSystem(system({ roles: [], triage: noneAnswers }));
    assert.equal(noRole.riskClass, 'undetermined');
  });

  it('a general-purpose AI model provider owes Art. 53, and Art. 55 with systemic risk', () => {
    const plain = classifyAiSystem(
      system({
        roles: ['gpai-provider'],
        triage: { 'gpai-systemic': 'no', 'gpai-open-source': 'no' },
      }),
    );
    assert.equal(plain.model, 'general-purpose');
    assert.deepEqual(citationsOf(plain), ['gpai-provider Art. 53']);
    assert.equal(plain.duties[0]!.appliesFrom, '2025-08-02');
    assert.notEqual(plain.riskClass, 'undetermined');
    const systemic = classifyAiSystem(
      system({ roles: ['gpai-provider'], triage: { 'gpai-systemic': 'yes' } }),
    );
    assert.equal(systemic.model, 'systemic-risk');
    assert.deepEqual(citationsOf(systemic), ['gpai-provider Art. 53', 'gpai-provider Art. 55']);
    const open = classifyAiSystem(system({ roles: ['gpai-provider'] }));
    assert.equal(open.riskClass, 'undetermined');
    assert.deepEqual(open.pending, ['gpai-systemic']);
  });

  it('Annex I: a medical device needing a notified body is high-risk from 2 August 2027; the product manufacturer owes Art. 25(3)', () => {
    const result = classifyAiSystem(
      system({
        roles: ['product-manufacturer', 'provider'],
        triage: {
          ...noneAnswers,
          'annex-i': 'yes',
          'annex-i-act': 'annex-i-11',
          'annex-i-third-party': 'yes',
        },
      }),
    );
    assert.equal(result.riskClass, 'high');
    assert.ok(result.reasons.some((reason) => reason.citation === 'Annex I Section A point 11'));
    assert.ok(citationsOf(result).includes('product-manufacturer Art. 25(3)'));
    assert.equal(
      result.duties.find((duty) => duty.citation === 'Art. 9')!.appliesFrom,
      '2027-08-02',
    );
    assert.ok(
      !citationsOf(result).includes('provider Art. 49(1)'),
      'Annex I systems are not registered under Art. 49(1)',
    );
  });

  it('a hidden question is not read: changing an earlier answer drops what followed from it', () => {
    const result = classifyAiSystem(
      system({
        roles: ['provider'],
        triage: { ...noneAnswers, 'annex-iii': 'none', profiling: 'yes' },
      }),
    );
    assert.equal(result.riskClass, 'minimal');
  });
});

describe('EU AI Act triage: the table', () => {
  it('is marked as interpretation with its source, and lists every Art. 5(1) point and Annex III area', () => {
    assert.equal(euAiAct.source.reference, 'Regulation (EU) 2024/1689');
    assert.equal(euAiAct.source.journal, 'OJ L, 12.7.2024');
    assert.match(euAiAct.notice, /not legal advice/);
    assert.deepEqual(
      euAiAct.prohibited.map((entry) => entry.citation),
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((letter) => `Art. 5(1)(${letter})`),
    );
    assert.deepEqual(
      euAiAct.annexIII.map((area) => area.id),
      ['1', '2', '3', '4', '5', '6', '7', '8'],
    );
    assert.equal(euAiAct.annexI.filter((entry) => entry.section === 'A').length, 12);
    assert.equal(euAiAct.annexI.filter((entry) => entry.section === 'B').length, 8);
    const omnibus = euAiAct.amendments[0]!;
    assert.equal(omnibus.proposed, '2025-11-19');
    assert.notEqual(omnibus.status, 'in-force');
  });

  it('every question condition parses and every question has options', () => {
    const questions = triageQuestions();
    assert.equal(new Set(questions.map((question) => question.id)).size, questions.length);
    for (const question of questions) assert.ok(question.options.length > 0, question.id);
  });

  it('a host table replaces the shipped one: an amendment in force moves the dates', () => {
    const amended: AiActTable = {
      ...euAiAct,
      amendments: euAiAct.amendments.map((amendment) => ({ ...amendment, status: 'in-force' })),
    };
    const result = classifyAiSystem(system({ roles: ['provider'], triage: cvScreening }), amended);
    const art9 = result.duties.find((duty) => duty.citation === 'Art. 9')!;
    assert.equal(art9.appliesFrom, '2027-12-02');
    assert.equal(art9.pendingDate, undefined);
  });

  it('a host table can drop a duty', () => {
    const trimmed: AiActTable = {
      ...euAiAct,
      duties: euAiAct.duties.filter((duty) => duty.citation !== 'Art. 86'),
    };
    const result = classifyAiSystem(system({ roles: ['deployer'], triage: cvScreening }), trimmed);
    assert.ok(!citationsOf(result).includes('deployer Art. 86'));
  });
});

describe('EU AI Act triage: coverage from the questionnaire', () => {
  it('gives readiness per duty over the serving requirements, by the same sums as score', () => {
    const result = classifyAiSystem(system({ roles: ['provider'], triage: cvScreening }));
    const empty: AssessmentResponse = {
      format: 'aimskit.response/1',
      definition: { id: iso42001.id, version: iso42001.version },
      answers: {},
    };
    const none = dutyCoverage(iso42001, empty, result.duties);
    const art9 = none.find((entry) => entry.duty === 'provider-art-9')!;
    assert.equal(art9.readiness, 0);
    assert.equal(art9.status, 'planned');
    assert.ok(art9.requirements.includes('6.1.2'));
    const art16 = none.find((entry) => entry.duty === 'provider-art-16')!;
    assert.equal(art16.status, null, 'no crosswalk row serves Art. 16');
    // answer every question on the risk requirements at the top of their scale
    const answers: AssessmentResponse['answers'] = {};
    for (const section of iso42001.sections)
      for (const question of section.questions)
        if (
          question.requirement &&
          art9.requirements.includes(question.requirement) &&
          question.type === 'scale'
        )
          answers[question.id] = { value: '5' };
    const full = dutyCoverage(iso42001, { ...empty, answers }, result.duties);
    const covered = full.find((entry) => entry.duty === 'provider-art-9')!;
    assert.ok(covered.readiness !== null && covered.readiness > 0);
  });
});

describe('AI systems in the response', () => {
  const def = iso42001;
  const base: AssessmentResponse = {
    format: 'aimskit.response/1',
    definition: { id: def.id, version: def.version },
    answers: {},
  };

  it('a response with systems parses, and a bad system is named by its path', () => {
    const good = {
      ...base,
      systems: [system({ triage: noneAnswers, components: [{ name: 'LLM', supplier: 'Vendor' }] })],
    };
    assert.deepEqual(parseResponse(good, def).systems, good.systems);
    const bad = {
      ...base,
      systems: [
        system({}),
        { ...system({ id: 'sys-2' }), roles: ['provider', 'owner'] },
        system({}),
      ],
    };
    const result = safeParseResponse(bad, def);
    assert.equal(result.success, false);
    const paths = result.success ? [] : result.issues.map((issue) => issue.path);
    assert.ok(paths.includes('systems[1].roles[1]'), paths.join(', '));
    assert.ok(paths.includes('systems[2].id'), 'a repeated id is reported');
  });

  it('checkAiSystems keeps the valid systems and reports the rest', () => {
    const { issues, systems } = checkAiSystems([system({}), { id: 'x', roles: [] }, 'text']);
    assert.deepEqual(
      systems.map((entry) => entry.id),
      ['sys-1'],
    );
    assert.deepEqual(
      issues.map((issue) => issue.path),
      ['systems[1].name', 'systems[2]'],
    );
    assert.equal(checkAiSystems({}).issues[0]!.path, 'systems');
  });

  it('a repeated role is an issue', () => {
    const { issues } = checkAiSystems([system({ roles: ['provider', 'provider'] })]);
    assert.deepEqual(
      issues.map((issue) => issue.path),
      ['systems[0].roles[1]'],
    );
  });
});

describe('answerTriage', () => {
  it('keeps one option of a single choice, and an exclusive option alone in a multiple choice', () => {
    let entry = system({ roles: ['deployer'] });
    entry = answerTriage(entry, 'annex-i', 'yes', true);
    entry = answerTriage(entry, 'annex-i', 'no', true);
    assert.equal(entry.triage?.['annex-i'], 'no');
    entry = answerTriage(entry, 'transparency', 'none', true);
    entry = answerTriage(entry, 'transparency', 'art-50-1', true);
    entry = answerTriage(entry, 'transparency', 'art-50-2', true);
    assert.deepEqual(entry.triage?.transparency, ['art-50-1', 'art-50-2']);
    entry = answerTriage(entry, 'transparency', 'unsure', true);
    assert.deepEqual(entry.triage?.transparency, ['unsure']);
    entry = answerTriage(entry, 'transparency', 'unsure', false);
    assert.equal(entry.triage?.transparency, undefined);
    assert.equal(answerTriage(entry, 'no-such-question', 'yes', true), entry);
  });

  it('lists the asked questions as the sequence unfolds', () => {
    let entry = system({ roles: ['deployer'] });
    assert.deepEqual(classifyAiSystem(entry).asked, [
      'prohibited',
      'annex-i',
      'annex-iii',
      'transparency',
    ]);
    entry = answerTriage(entry, 'annex-iii', 'annex-iii-4-a', true);
    assert.deepEqual(classifyAiSystem(entry).asked, [
      'prohibited',
      'annex-i',
      'annex-iii',
      'profiling',
      'transparency',
    ]);
  });
});
