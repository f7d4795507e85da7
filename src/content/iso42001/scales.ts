/**
 * The 0–5 maturity scale, in two variants: `maturity` for clauses (mandatory, so no N/A) and
 * `maturity-na` for Annex A controls (which may be excluded with a justification).
 * Level descriptions are generic so one scale fits every topic.
 * Questions that ask whether a document or record exists use the yes / partly / no scale instead
 * (`yes-partly-no`, and `yes-partly-no-na` for controls): a document is there or not, it has no
 * maturity. Its values (1, 0.5, 0) are the supplier pack's, so the arithmetic stays comparable.
 */
import type { Option, Scale } from '../../model/definition.js';

export const maturityLevels: Option[] = [
  {
    id: '0',
    label: { en: 'Incomplete', de: 'Unvollständig' },
    value: 0,
    description:
      'Nothing is in place yet, or only isolated efforts that depend on one person and leave no record.',
  },
  {
    id: '1',
    label: { en: 'Initial', de: 'Initial' },
    value: 0.2,
    description:
      'It happens now and then, ad hoc: it depends on a few people, is not written down and varies from case to case.',
  },
  {
    id: '2',
    label: { en: 'Managed', de: 'Gesteuert' },
    value: 0.4,
    description:
      'It is planned and done for the main cases, with named owners and some records, but is not yet a documented practice across the whole scope.',
  },
  {
    id: '3',
    label: { en: 'Defined', de: 'Definiert' },
    value: 0.6,
    description:
      'A documented, approved approach applies across the whole scope; the people concerned know and follow it, and records show that it is used.',
  },
  {
    id: '4',
    label: { en: 'Measured', de: 'Gemessen' },
    value: 0.8,
    description:
      'Everything in Defined, and the results are measured: you track indicators against targets and act when the figures fall short.',
  },
  {
    id: '5',
    label: { en: 'Optimizing', de: 'Optimierend' },
    value: 1,
    description:
      'Everything in Measured, and the practice is reviewed and improved routinely, learning from incidents, audits and changes in technology or law.',
  },
];

export const notApplicable: Option = {
  id: 'na',
  label: { en: 'Not applicable', de: 'Nicht anwendbar' },
  na: true,
  description:
    'The control does not apply to your organisation or scope. Say why: the justification goes into the Statement of Applicability.',
};

/** Yes, partly, no: for "does document or record X exist?" questions. */
export const yesPartlyNo: Option[] = [
  {
    id: 'yes',
    label: { en: 'Yes', de: 'Ja' },
    value: 1,
    description:
      'It exists, is current and covers the whole scope: you could hand it to an auditor today.',
  },
  {
    id: 'partly',
    label: { en: 'Partly', de: 'Teilweise' },
    value: 0.5,
    description:
      'A draft, an outdated version, or one that covers only part of the scope or leaves out some of what is asked.',
  },
  {
    id: 'no',
    label: { en: 'No', de: 'Nein' },
    value: 0,
    description: 'It does not exist, or nobody could find it if asked.',
  },
];

export const iso42001Scales: Scale[] = [
  { id: 'maturity', label: { en: 'Maturity', de: 'Reifegrad' }, options: maturityLevels },
  {
    id: 'maturity-na',
    label: { en: 'Maturity (or not applicable)', de: 'Reifegrad (oder nicht anwendbar)' },
    options: [...maturityLevels, notApplicable],
  },
  {
    id: 'yes-partly-no',
    label: { en: 'Yes / partly / no', de: 'Ja / teilweise / nein' },
    options: yesPartlyNo,
  },
  {
    id: 'yes-partly-no-na',
    label: {
      en: 'Yes / partly / no (or not applicable)',
      de: 'Ja / teilweise / nein (oder nicht anwendbar)',
    },
    options: [...yesPartlyNo, notApplicable],
  },
];
