/**
 * Shapes of the questionnaire catalogue. The catalogue is data: the widget renders questions it has
 * never seen from it, the API validates answers against it, the matching engine reads it. Its texts
 * are versioned with it and served to the widget in both languages, so they stay here rather than
 * in the message catalogues of worker/i18n.
 */
import type { Locale } from '../i18n';

export type { Locale };

/** A text in every UI language (German first). */
export type LocalizedText = Record<Locale, string>;

export type StepId = 'who' | 'where' | 'home' | 'community' | 'needs';

/**
 * How much an answer matters to the one who gave it, and the answers themselves: stored as JSON,
 * so their shapes live with the schema (worker/db/json.ts).
 */
import type { Answer, Answers, AnswerValue, Importance } from '../db/json';

export type { Answer, Answers, AnswerValue, Importance };
export const IMPORTANCE_LEVELS = [0, 1, 2, 3] as const;
export const DEALBREAKER: Importance = 3;

export type QuestionKind =
  | 'count' // whole number between min and max
  | 'money' // whole euros between min and max
  | 'single' // one of options
  | 'multi' // one or more of options
  | 'boolean'
  | 'postcode'; // five-digit German postcode that exists in the postcodes table

export interface QuestionOption {
  value: string;
  label: LocalizedText;
}

/** Who answers a question: the seeker, the project (listing), or both (mirrored wording). */
export type QuestionSide = 'seeker' | 'project' | 'both';

export interface Question {
  id: string;
  step: StepId;
  kind: QuestionKind;
  side: QuestionSide;
  /** Seeker's wording (absent for project-only questions). */
  label?: LocalizedText;
  /** Project's wording (absent for seeker-only questions). */
  projectLabel?: LocalizedText;
  hint?: LocalizedText;
  options?: QuestionOption[];
  min?: number;
  max?: number;
  /** Unit shown next to numbers, e.g. "€" or "h/Monat". */
  unit?: LocalizedText;
  /** Whether the answerer states an importance for this answer (facts such as household size do not). */
  weighted: boolean;
  /** The seeker must answer it to finish the questionnaire. */
  required?: boolean;
  /** Only shown to / used for this kind of seeker. */
  onlyFor?: 'household' | 'group';
  /**
   * Reveals health or care needs (Art. 9 GDPR): shared with a project and kept in a saved search
   * only with its own, separate consent.
   */
  sensitive?: true;
}

export interface Step {
  id: StepId;
  title: LocalizedText;
  intro: LocalizedText;
}

export interface Catalogue {
  version: string;
  steps: Step[];
  questions: Question[];
  importance: Record<Importance, LocalizedText>;
}

