/**
 * The shapes of the JSON columns, defined once here so every writer and reader types them the
 * same way (the domain modules re-export what they own: answers from worker/questionnaire, reasons
 * from worker/matching). Nothing here imports other modules of ours: db is the bottom layer.
 */

/** 0 egal · 1 wichtig · 2 sehr wichtig · 3 Ausschlusskriterium (dealbreaker). */
export type Importance = 0 | 1 | 2 | 3;

export type AnswerValue = number | string | boolean | string[];

/** One answer with how much it matters; importance defaults to 1 (wichtig) where weighted. */
export interface Answer {
  value: AnswerValue;
  importance?: Importance;
}

export type Answers = Record<string, Answer>;

/** One explanation point of a match: a question id, a machine code and parameters (texts come from the catalogue). */
export interface Reason {
  questionId: string;
  code: string;
  params?: Record<string, string | number>;
}

/** What a project sees of the seeker's household (worker/contact/summary.ts). */
export interface HouseholdSummary {
  seekerType: 'household' | 'group';
  householdType: string;
  adults: number | null;
  children: number | null;
  households: number | null;
  ageBands: string[];
  pets: string | null;
}

/**
 * `contact_requests.snapshot`: the household, the answers shared with consent, and the fit and
 * reasons as the seeker saw them when sending (recomputed on the server).
 */
export interface ContactSnapshot {
  household?: HouseholdSummary;
  answers?: Answers;
  seekerFit?: number;
  projectFit?: number;
  reasons?: Reason[];
  watchOuts?: Reason[];
  locale?: 'de' | 'en';
}

/** `contact_requests.consent`: what the seeker agreed to, when, and what they withdrew. */
export interface ConsentRecord {
  textVersion?: string;
  contactAt?: number;
  shareNeedsAt?: number | null;
  withdrawnAt?: number;
  shareNeedsWithdrawnAt?: number;
  /**
   * Set when the request expired after 60 days without activity (worker/conversation/unanswered.ts):
   * it left the pipeline as `declined` without the team declining it, and its details are no
   * longer used to contact the seeker.
   */
  expiredAt?: number;
}

/**
 * `pool_entries.card` and `initiative_members.household`: a household as others may see it —
 * coarse bands only (worker/demand/bands.ts) and the community wishes with their importance
 * (answers to the mirrored questions of the catalogue). Never a name, an address, a postcode or
 * an exact amount (worker/groups/card.ts builds it and is the only writer).
 */
export interface HouseholdCard {
  householdType: string;
  sizeBand: string;
  ageBands: string[];
  budgetBand: string;
  equityBand: string;
  timeline: string;
  /** Answers to the questions households compare with each other (worker/groups/fit.ts, COMPARED). */
  wishes: Answers;
}

/** `initiatives.seeking`: what kind of place the group looks for. */
export interface InitiativeSeeking {
  propertyKinds: string[];
  settlements: string[];
  timeline: string;
  /** Legal forms the group considers (money.legalForms values). */
  legalForms: string[];
  /** Free words on the area (e.g. "Zittauer Gebirge"); the region itself is the embed's. */
  area: string | null;
}

/** `initiatives.households`: the members' households in aggregate, as the group states them. */
export interface InitiativeHouseholds {
  households: number;
  adults: number;
  children: number;
  ageBands: string[];
  /** Pooled equity as a band (EQUITY_BANDS), never an amount. */
  equityBand: string;
  /** Range of monthly budgets per household as bands (BUDGET_BANDS). */
  budgetMinBand: string;
  budgetMaxBand: string;
}
