/**
 * The scope section: how the organisation works with AI. Not scored (no option carries a value); its
 * answers decide, through `showIf`, which later questions apply. An unanswered scope shows everything.
 */
import type { SectionInput } from './build.js';
import { ISMS_QUESTION } from './isms.js';

/** Shown unless the organisation only uses third-party AI: design and development work. */
export const BUILDS_AI =
  "{scope-roles} empty or {scope-roles} contains 'developer' or {scope-roles} contains 'provider'";
/** Shown unless the organisation provides no AI products or services to others. */
export const PROVIDES_AI = "{scope-roles} empty or {scope-roles} contains 'provider'";
/** Shown unless the organisation has ruled out high-risk systems under the EU AI Act. */
export const MAY_BE_HIGH_RISK =
  "{scope-high-risk} empty or {scope-high-risk} = 'yes' or {scope-high-risk} = 'unsure'";
/** Shown unless the organisation does not use AI systems from others (it is no deployer). */
export const USES_AI = "{scope-roles} empty or {scope-roles} contains 'user'";
/**
 * Shown for the deployers that Art. 27 of the EU AI Act binds to a fundamental rights impact
 * assessment (our interpretation): a user of possibly high-risk AI that is a body governed by public
 * law, a private entity providing public services, or uses AI for credit scoring or for life and
 * health insurance risk and pricing (Annex III, point 5(b) and (c)). Unanswered, it shows.
 */
export const ART_27_DEPLOYER =
  `(${MAY_BE_HIGH_RISK}) and (${USES_AI}) and ({scope-deployer} empty` +
  " or {scope-deployer} contains 'public-body' or {scope-deployer} contains 'public-service'" +
  " or {scope-deployer} contains 'credit' or {scope-deployer} contains 'insurance')";

export const scopeSection: SectionInput = {
  id: 'scope',
  title: { en: 'Scope', de: 'Geltungsbereich' },
  description: {
    en: 'Tell us how your organisation works with AI. These answers are not scored: they decide which of the later questions apply to you. Until you answer them, every question is shown.',
    de: 'Beschreiben Sie, wie Ihre Organisation mit KI arbeitet. Diese Antworten werden nicht bewertet: Sie bestimmen, welche der folgenden Fragen für Sie gelten. Solange sie unbeantwortet sind, werden alle Fragen angezeigt.',
  },
  questions: [
    {
      id: 'scope-roles',
      type: 'multi',
      text: {
        en: 'Which roles does your organisation play towards AI? Choose all that apply.',
        de: 'Welche Rollen nimmt Ihre Organisation gegenüber KI ein? Wählen Sie alle zutreffenden aus.',
      },
      help: {
        en: 'Most organisations play more than one role. If you develop or provide AI, you also answer questions on design, development and customers; if you only use AI from others, those questions are left out.',
        de: 'Die meisten Organisationen haben mehrere Rollen. Wer KI entwickelt oder anbietet, beantwortet zusätzlich Fragen zu Entwurf, Entwicklung und Kunden; wer nur KI von anderen nutzt, bekommt diese Fragen nicht.',
      },
      options: [
        {
          id: 'developer',
          label: {
            en: 'We develop, train or fine-tune AI models or systems',
            de: 'Wir entwickeln, trainieren oder verfeinern KI-Modelle oder -Systeme',
          },
        },
        {
          id: 'provider',
          label: {
            en: 'We provide AI-based products or services to others',
            de: 'Wir bieten anderen KI-basierte Produkte oder Dienste an',
          },
        },
        {
          id: 'user',
          label: {
            en: 'We use AI systems from third parties in our own work',
            de: 'Wir nutzen KI-Systeme von Dritten in unserer eigenen Arbeit',
          },
        },
      ],
      comments: false,
      attachments: false,
    },
    {
      id: 'scope-systems',
      type: 'text',
      text: {
        en: 'Which AI systems are in the scope of your AI management system?',
        de: 'Welche KI-Systeme gehören zum Geltungsbereich Ihres KI-Managementsystems?',
      },
      help: {
        en: 'Name each system with one line on what it is for. This list is the backbone of your scope statement (clause 4.3) and of your AI system inventory.',
        de: 'Nennen Sie jedes System mit einer Zeile zu seinem Zweck. Diese Liste ist das Gerüst Ihrer Festlegung des Geltungsbereichs (Abschnitt 4.3) und Ihres KI-Systemverzeichnisses.',
      },
      placeholder: {
        en: 'e.g. Support chatbot (answers customer questions); CV screening tool (bought in, ranks applicants)',
        de: 'z. B. Support-Chatbot (beantwortet Kundenfragen); Bewerber-Screening (zugekauft, sortiert Bewerbungen)',
      },
      attachments: false,
    },
    {
      id: 'scope-high-risk',
      type: 'choice',
      text: {
        en: 'Could any of these AI systems be high-risk under the EU AI Act?',
        de: 'Könnte eines dieser KI-Systeme nach der EU-KI-Verordnung ein Hochrisiko-System sein?',
      },
      help: {
        en: 'High-risk uses include, for example, AI in recruitment, credit scoring, education and exams, access to essential public or private services, critical infrastructure, and safety components of regulated products. If you answer yes or not sure, a few extra questions appear.',
        de: 'Hochrisiko-Anwendungen sind zum Beispiel KI in der Personalauswahl, bei der Kreditwürdigkeitsprüfung, in Bildung und Prüfungen, beim Zugang zu wesentlichen öffentlichen oder privaten Diensten, in kritischer Infrastruktur und als Sicherheitsbauteil regulierter Produkte. Bei „Ja“ oder „Noch unklar“ erscheinen einige zusätzliche Fragen.',
      },
      options: [
        { id: 'yes', label: { en: 'Yes', de: 'Ja' } },
        { id: 'no', label: { en: 'No', de: 'Nein' } },
        { id: 'unsure', label: { en: 'Not sure yet', de: 'Noch unklar' } },
      ],
      comments: true,
      attachments: false,
    },
    {
      id: 'scope-deployer',
      type: 'multi',
      showIf: `(${MAY_BE_HIGH_RISK}) and (${USES_AI})`,
      text: {
        en: 'As a user of AI systems that may be high-risk, does any of the following describe your organisation or its use of AI? Choose all that apply.',
        de: 'Trifft als Nutzer möglicherweise hochriskanter KI-Systeme eine der folgenden Aussagen auf Ihre Organisation oder ihren KI-Einsatz zu? Wählen Sie alle zutreffenden aus.',
      },
      help: {
        en: 'EU AI Act (Regulation (EU) 2024/1689), Art. 27 and Annex III, point 5(b) and (c); our interpretation, not legal advice. These deployers must assess the impact on fundamental rights before they put a high-risk AI system into use. If none applies, that question is left out.',
        de: 'EU-KI-Verordnung (Verordnung (EU) 2024/1689), Art. 27 und Anhang III Nummer 5 Buchstaben b und c; unsere Auslegung, keine Rechtsberatung. Diese Betreiber müssen vor dem Einsatz eines Hochrisiko-KI-Systems die Folgen für die Grundrechte abschätzen. Trifft nichts zu, entfällt diese Frage.',
      },
      options: [
        {
          id: 'public-body',
          label: {
            en: 'We are a body governed by public law (an authority, a public institution)',
            de: 'Wir sind eine Einrichtung des öffentlichen Rechts (eine Behörde, eine öffentliche Einrichtung)',
          },
        },
        {
          id: 'public-service',
          label: {
            en: 'We are a private organisation providing public services (for example health care, education, housing, social services)',
            de: 'Wir sind eine private Organisation, die öffentliche Dienste erbringt (zum Beispiel Gesundheit, Bildung, Wohnen, soziale Dienste)',
          },
        },
        {
          id: 'credit',
          label: {
            en: 'We use AI to assess the creditworthiness of people or to set their credit score (other than to detect fraud)',
            de: 'Wir nutzen KI, um die Kreditwürdigkeit von Personen zu prüfen oder ihre Bonität zu bewerten (nicht zur Betrugserkennung)',
          },
        },
        {
          id: 'insurance',
          label: {
            en: 'We use AI for risk assessment and pricing of life or health insurance for individuals',
            de: 'Wir nutzen KI zur Risikobewertung und Preisbildung bei Lebens- oder Krankenversicherungen für Einzelpersonen',
          },
        },
        {
          id: 'none',
          label: { en: 'None of these', de: 'Nichts davon' },
        },
      ],
      comments: false,
      attachments: false,
    },
    {
      id: ISMS_QUESTION,
      type: 'choice',
      text: {
        en: 'Does your organisation already run an ISO/IEC 27001 information security management system (ISMS)?',
        de: 'Betreibt Ihre Organisation bereits ein Informationssicherheits-Managementsystem (ISMS) nach ISO/IEC 27001?',
      },
      help: {
        en: 'An ISMS shares its management-system clauses (context, leadership, planning, support, audit, review, improvement) with ISO/IEC 42001. If you answer yes, hints on the later questions point out what you can reuse.',
        de: 'Ein ISMS teilt die Abschnitte des Managementsystems (Kontext, Führung, Planung, Unterstützung, Audit, Bewertung, Verbesserung) mit ISO/IEC 42001. Bei „Ja“ weisen Hinweise bei den folgenden Fragen darauf hin, was Sie wiederverwenden können.',
      },
      options: [
        {
          id: 'certified',
          label: { en: 'Yes, and it is certified', de: 'Ja, und es ist zertifiziert' },
        },
        {
          id: 'implemented',
          label: { en: 'Yes, but it is not certified', de: 'Ja, aber nicht zertifiziert' },
        },
        { id: 'no', label: { en: 'No', de: 'Nein' } },
      ],
      comments: false,
      attachments: false,
    },
  ],
};
