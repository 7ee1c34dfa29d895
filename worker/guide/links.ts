/**
 * Where the guide ("Wegweiser", `/guide`) explains a topic: the one place that maps domain values
 * (a legal form, a stage, a watch-out's dimension) to a guide section and entry, so listing
 * pages, match reasons, mails and the admin link to the same anchors the content data defines.
 */
import type { LEGAL_FORMS, STAGES } from '../db/schema';
import type { Locale } from '../i18n/locale';

export const GUIDE_SECTIONS = ['legal-forms', 'financing', 'path'] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/** A section and, optionally, one entry of it (the entry's id is its anchor). */
export interface GuideTopic {
  section: GuideSection;
  entry?: string;
}

/** The guide entry of each legal form of a listing (`other` has none of its own: the overview). */
export const LEGAL_FORM_TOPIC: Readonly<Record<(typeof LEGAL_FORMS)[number], GuideTopic>> = {
  cooperative: { section: 'legal-forms', entry: 'cooperative' },
  syndicate: { section: 'legal-forms', entry: 'syndicate' },
  ownership: { section: 'legal-forms', entry: 'ownership' },
  rental: { section: 'legal-forms', entry: 'rental' },
  foundation: { section: 'legal-forms', entry: 'foundation' },
  other: { section: 'legal-forms' },
};

/** The step of the way from first meeting to moving in that each listing stage stands at. */
export const STAGE_TOPIC: Readonly<Record<(typeof STAGES)[number], GuideTopic>> = {
  forming: { section: 'path', entry: 'forming-a-group' },
  planning: { section: 'path', entry: 'planning' },
  building: { section: 'path', entry: 'building' },
  occupied: { section: 'path', entry: 'moving-in' },
};

/** Entries of the financing section, for links from watch-outs on money and from the admin. */
export const FINANCING_TOPIC = {
  overview: { section: 'financing' },
  cooperativeShares: { section: 'financing', entry: 'cooperative-shares' },
  wbs: { section: 'financing', entry: 'wbs' },
  directLoans: { section: 'financing', entry: 'direct-loans' },
  stateFunding: { section: 'financing', entry: 'saxony' },
  leasehold: { section: 'financing', entry: 'leasehold' },
} as const satisfies Record<string, GuideTopic>;

/** Steps of the way into a project beyond the stages (founding the legal entity, a municipality's Konzeptvergabe). */
export const PATH_TOPIC = {
  overview: { section: 'path' },
  findingABuilding: { section: 'path', entry: 'finding-a-building' },
  founding: { section: 'path', entry: 'founding' },
  financing: { section: 'path', entry: 'financing-plan' },
  conceptAward: { section: 'path', entry: 'concept-award' },
} as const satisfies Record<string, GuideTopic>;

/** Legal forms the guide explains that listings do not name as their own (a project's vehicle or founding form). */
export const MORE_LEGAL_FORM_TOPIC = {
  gbr: { section: 'legal-forms', entry: 'gbr' },
  weg: { section: 'legal-forms', entry: 'weg' },
  association: { section: 'legal-forms', entry: 'association' },
} as const satisfies Record<string, GuideTopic>;

/**
 * The guide page's address for a topic (absolute with `origin`), in a language and, when reached
 * from an embed, with the embed's key so its local advice offices are shown.
 * @example
 * guideHref(LEGAL_FORM_TOPIC.cooperative, { locale: 'en' }); // '/guide/legal-forms?lang=en#cooperative'
 */
export function guideHref(topic: GuideTopic, opts: { locale?: Locale; embed?: string; origin?: string } = {}): string {
  const query = new URLSearchParams();
  if (opts.locale) query.set('lang', opts.locale);
  if (opts.embed) query.set('embed', opts.embed);
  const search = query.size ? `?${query}` : '';
  const path = `/guide/${topic.section}${search}${topic.entry ? `#${topic.entry}` : ''}`;
  return opts.origin ? new URL(path, opts.origin).href : path;
}

/**
 * The guide overview's address (`/guide`), like `guideHref` for a section.
 * @example
 * guideOverviewHref({ locale: 'en' }); // '/guide?lang=en'
 */
export function guideOverviewHref(opts: { locale?: Locale; embed?: string; origin?: string } = {}): string {
  const query = new URLSearchParams();
  if (opts.locale) query.set('lang', opts.locale);
  if (opts.embed) query.set('embed', opts.embed);
  const path = `/guide${query.size ? `?${query}` : ''}`;
  return opts.origin ? new URL(path, opts.origin).href : path;
}
