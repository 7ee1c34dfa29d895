/**
 * Which guide entry explains a match reason or watch-out: a legal form to its entry, equity,
 * price and budget to financing, the WBS to its entry. Kept here, beside the guide's anchors, so
 * the matching engine stays pure and knows nothing of pages.
 */
import type { Reason } from '../db/json';
import { LEGAL_FORMS } from '../db/schema';
import type { Locale } from '../i18n/locale';
import { FINANCING_TOPIC, guideHref, LEGAL_FORM_TOPIC, type GuideTopic } from './links';

const isLegalForm = (v: unknown): v is (typeof LEGAL_FORMS)[number] => (LEGAL_FORMS as readonly unknown[]).includes(v);

/** Reason codes whose topic does not depend on parameters. */
const BY_CODE: Readonly<Record<string, GuideTopic>> = {
  'equity.missing': FINANCING_TOPIC.overview,
  'equity.enough': FINANCING_TOPIC.overview,
  'price.over_equity': FINANCING_TOPIC.overview,
  'price.within_equity': FINANCING_TOPIC.overview,
  'cost.over_budget': FINANCING_TOPIC.overview,
  'wbs.available': FINANCING_TOPIC.wbs,
  'wbs.unavailable': FINANCING_TOPIC.wbs,
  'wbs.required': FINANCING_TOPIC.wbs,
};

/**
 * The topic a reason links to, or undefined when the guide has nothing to add (distance, meals, …).
 * @example
 * reasonGuideTopic({ questionId: 'money.legalForms', code: 'legal_form.match', params: { legalForm: 'syndicate' } });
 * // { section: 'legal-forms', entry: 'syndicate' }
 */
export function reasonGuideTopic(reason: Pick<Reason, 'code' | 'params'>): GuideTopic | undefined {
  if (reason.code === 'legal_form.match' || reason.code === 'legal_form.mismatch') {
    const form = reason.params?.legalForm;
    return isLegalForm(form) ? LEGAL_FORM_TOPIC[form] : LEGAL_FORM_TOPIC.other;
  }
  return BY_CODE[reason.code];
}

export interface GuideLinkOptions {
  locale: Locale;
  /** The Worker's public origin: the link leaves the host page, so it is absolute. */
  origin: string;
  /** The embed's publishable key, so the guide shows that municipality's advice offices. */
  embed?: string;
}

/**
 * Adds `guide` (an absolute URL) to each reason the guide explains; others are returned as they are.
 * @example
 * withGuideLinks(localizeReasons(m.watchOuts, 'de'), { locale: 'de', origin: 'https://bring-together.de', embed: 'pk_demo_goerlitz' });
 */
export function withGuideLinks<R extends Pick<Reason, 'code' | 'params'>>(reasons: readonly R[], opts: GuideLinkOptions): (R & { guide?: string })[] {
  return reasons.map((r) => {
    const topic = reasonGuideTopic(r);
    return topic ? { ...r, guide: guideHref(topic, opts) } : r;
  });
}
