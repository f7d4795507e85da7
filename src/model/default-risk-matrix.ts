/**
 * The default 5×5 risk matrix shared by the content packs: five likelihoods, five impacts, five
 * levels. The grid is symmetric: a cell's level depends only on how far along both axes it sits, so
 * a rare but severe risk rates the same as an almost certain but negligible one.
 */
import type { RiskMatrix } from './definition.js';

/** Level index for a likelihood index plus an impact index (0 … 8). */
const BY_SUM = [0, 0, 1, 1, 2, 3, 3, 4, 4] as const;

export const defaultRiskMatrix: RiskMatrix = {
  likelihood: [
    {
      id: 'rare',
      label: 'Rare',
      description: 'Not expected to happen; would be surprising over several years.',
    },
    {
      id: 'unlikely',
      label: 'Unlikely',
      description: 'Could happen, but is not expected within the next few years.',
    },
    {
      id: 'possible',
      label: 'Possible',
      description:
        'Might well happen within a year or two; it has happened to similar organisations.',
    },
    { id: 'likely', label: 'Likely', description: 'Expected to happen within the next year.' },
    {
      id: 'almost-certain',
      label: 'Almost certain',
      description: 'Happening already, or expected to happen several times a year.',
    },
  ],
  impact: [
    {
      id: 'negligible',
      label: 'Negligible',
      description: 'Barely noticeable; no harm to people, fixed in routine work.',
    },
    {
      id: 'minor',
      label: 'Minor',
      description: 'Limited inconvenience or cost to a few people; easily put right.',
    },
    {
      id: 'moderate',
      label: 'Moderate',
      description: 'Noticeable harm, cost or complaints; needs management attention to put right.',
    },
    {
      id: 'major',
      label: 'Major',
      description:
        'Serious harm to people or groups, legal breaches, or lasting damage to trust; ' +
        'hard to reverse.',
    },
    {
      id: 'severe',
      label: 'Severe',
      description:
        "Grave or irreversible harm to people, society or the organisation's ability to operate.",
    },
  ],
  levels: [
    { id: 'very-low', label: 'Very low', description: 'Accept and keep an eye on it.' },
    { id: 'low', label: 'Low', description: 'Accept, or treat when it is cheap to do so.' },
    {
      id: 'medium',
      label: 'Medium',
      description: 'Treat within normal planning; an owner watches it.',
    },
    {
      id: 'high',
      label: 'High',
      description: 'Treat with priority; management decides and follows up.',
    },
    {
      id: 'very-high',
      label: 'Very high',
      description: 'Not acceptable: treat now, or stop the activity until it is reduced.',
    },
  ],
  grid: [0, 1, 2, 3, 4].map((l) => [0, 1, 2, 3, 4].map((i) => BY_SUM[l + i]!)),
  appetite: 'medium',
};
