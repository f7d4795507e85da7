/**
 * The default 5×5 risk matrix shared by the content packs: the default scale
 * (./default-risk-scale.ts: ids, grid, appetite) with the words a risk view shows, the labels and
 * descriptions of every likelihood, impact and level. Kept apart from the scale so that a page
 * that only scores (the questionnaire) does not load them.
 */
import type { RiskMatrix } from '../model/definition.js';
import { IMPACTS, LEVELS, LIKELIHOODS, defaultRiskScale } from '../model/default-risk-scale.js';

interface Words {
  readonly label: string;
  readonly description: string;
}

const LIKELIHOOD_WORDS: Record<(typeof LIKELIHOODS)[number], Words> = {
  rare: {
    label: 'Rare',
    description: 'Not expected to happen; would be surprising over several years.',
  },
  unlikely: {
    label: 'Unlikely',
    description: 'Could happen, but is not expected within the next few years.',
  },
  possible: {
    label: 'Possible',
    description:
      'Might well happen within a year or two; it has happened to similar organisations.',
  },
  likely: { label: 'Likely', description: 'Expected to happen within the next year.' },
  'almost-certain': {
    label: 'Almost certain',
    description: 'Happening already, or expected to happen several times a year.',
  },
};

const IMPACT_WORDS: Record<(typeof IMPACTS)[number], Words> = {
  negligible: {
    label: 'Negligible',
    description: 'Barely noticeable; no harm to people, fixed in routine work.',
  },
  minor: {
    label: 'Minor',
    description: 'Limited inconvenience or cost to a few people; easily put right.',
  },
  moderate: {
    label: 'Moderate',
    description: 'Noticeable harm, cost or complaints; needs management attention to put right.',
  },
  major: {
    label: 'Major',
    description:
      'Serious harm to people or groups, legal breaches, or lasting damage to trust; ' +
      'hard to reverse.',
  },
  severe: {
    label: 'Severe',
    description:
      "Grave or irreversible harm to people, society or the organisation's ability to operate.",
  },
};

const LEVEL_WORDS: Record<(typeof LEVELS)[number], Words> = {
  'very-low': { label: 'Very low', description: 'Accept and keep an eye on it.' },
  low: { label: 'Low', description: 'Accept, or treat when it is cheap to do so.' },
  medium: {
    label: 'Medium',
    description: 'Treat within normal planning; an owner watches it.',
  },
  high: {
    label: 'High',
    description: 'Treat with priority; management decides and follows up.',
  },
  'very-high': {
    label: 'Very high',
    description: 'Not acceptable: treat now, or stop the activity until it is reduced.',
  },
};

function withWords<Id extends string>(ids: readonly Id[], words: Record<Id, Words>) {
  return ids.map((id) => ({ id, ...words[id] }));
}

/** The default matrix with its words: the scale above, labelled for the risk views. */
export const defaultRiskMatrix: RiskMatrix = /* @__PURE__ */ (() => ({
  likelihood: withWords(LIKELIHOODS, LIKELIHOOD_WORDS),
  impact: withWords(IMPACTS, IMPACT_WORDS),
  levels: withWords(LEVELS, LEVEL_WORDS),
  grid: defaultRiskScale.grid.map((row) => [...row]),
  appetite: defaultRiskScale.appetite,
}))();
