// The sample register of the risk matrix demo: realistic AI risks, kept in the example, not in the
// SDK.
import type { Risk } from '../src/model/index.js';

/**
 * Realistic AI risks, on the default 5×5 matrix of the iso42001 pack, linked to Annex A controls.
 */
export const SAMPLE: Risk[] = [
  {
    id: 'R-1',
    title: 'Bias against older applicants in the CV screening model',
    system: 'Hiring assistant',
    description:
      'Historical hiring data under-represents applicants over 50; ' +
      'the ranking model reproduces it.',
    likelihood: 'likely',
    impact: 'major',
    residualLikelihood: 'unlikely',
    residualImpact: 'major',
    treatment: 'mitigate',
    controls: ['A.5.4', 'A.7.4', 'A.6.2.4'],
    owner: 'Head of Talent Acquisition',
    due: '2026-03-31',
  },
  {
    id: 'R-2',
    title: 'Model drift after a change in customer behaviour',
    system: 'Credit scoring',
    description:
      'Scores lose accuracy when spending patterns shift; nobody notices until defaults rise.',
    likelihood: 'possible',
    impact: 'major',
    residualLikelihood: 'rare',
    treatment: 'mitigate',
    controls: ['A.6.2.6'],
    owner: 'ML platform lead',
    due: '2026-02-15',
  },
  {
    id: 'R-3',
    title: 'Prompt injection makes the support bot reveal other customers\u2019 data',
    system: 'Customer support chatbot',
    description:
      'Instructions hidden in uploaded documents or web pages override the system prompt.',
    likelihood: 'almost-certain',
    impact: 'severe',
    residualLikelihood: 'possible',
    residualImpact: 'major',
    treatment: 'mitigate',
    controls: ['A.6.2.4', 'A.6.2.8', 'A.8.4'],
    owner: 'Product security',
    due: '2026-01-31',
  },
  {
    id: 'R-4',
    title: 'Unknown provenance and licences of training data',
    system: 'Document summariser',
    description:
      'Part of the fine-tuning set was scraped without recording sources or licence terms.',
    likelihood: 'likely',
    impact: 'moderate',
    residualLikelihood: 'unlikely',
    residualImpact: 'moderate',
    treatment: 'mitigate',
    controls: ['A.7.3', 'A.7.5'],
    owner: 'Data governance office',
  },
  {
    id: 'R-5',
    title: 'Over-reliance on automated claim decisions',
    system: 'Insurance claims triage',
    description:
      'Case handlers approve the model\u2019s suggestion without review when queues are long.',
    likelihood: 'likely',
    impact: 'major',
    residualLikelihood: 'possible',
    residualImpact: 'major',
    treatment: 'mitigate',
    controls: ['A.9.2', 'A.9.4'],
    owner: 'Claims operations manager',
    due: '2026-04-30',
  },
  {
    id: 'R-6',
    title: 'Hallucinated citations in generated reports',
    system: 'Research assistant',
    likelihood: 'almost-certain',
    impact: 'moderate',
    residualLikelihood: 'possible',
    residualImpact: 'minor',
    treatment: 'mitigate',
    controls: ['A.8.2'],
    owner: 'Knowledge management',
  },
  {
    id: 'R-7',
    title: 'Outage of the third-party model API',
    system: 'Customer support chatbot',
    likelihood: 'possible',
    impact: 'moderate',
    treatment: 'transfer',
    controls: ['A.10.3'],
    owner: 'Vendor management',
  },
  {
    id: 'R-8',
    title: 'Emotion recognition feature in the video interview tool',
    system: 'Hiring assistant',
    description:
      'Likely prohibited or high-risk under the EU AI Act; ' +
      'the feature is switched off and removed.',
    likelihood: 'possible',
    impact: 'severe',
    residualLikelihood: 'rare',
    residualImpact: 'negligible',
    treatment: 'avoid',
    controls: ['A.5.2'],
    owner: 'AI governance board',
  },
  {
    id: 'R-9',
    title: 'Minor tone inconsistencies in marketing copy suggestions',
    system: 'Copy assistant',
    likelihood: 'likely',
    impact: 'negligible',
    treatment: 'accept',
    owner: 'Marketing lead',
  },
];
