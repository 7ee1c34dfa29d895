/** A listing's money, distance and kind in the widget's language (only the later screens show listings). */
import { formatter } from './format';
import type { Locale } from './index';

/** 65000 cents → "650 €" (de) / "€650" (en). */
export const formatEuros = (locale: Locale, cents: number): string => formatter(locale, 'money').format(Math.round(cents / 100));

/** 12.34 → "12,3" (de); whole kilometres from 10 km up. */
export const formatKm = (locale: Locale, km: number): string => formatter(locale, 'decimal').format(km >= 10 ? Math.round(km) : km);

/** "Wohnprojekt · Zittau · 12 km entfernt": kind, place and distance of a listing. */
export function kickerText(
  locale: Locale,
  card: { kind: Record<string, string>; distance: (km: string) => string },
  listing: { kind: string; place: string },
  distanceKm: number | null | undefined,
): string {
  return [card.kind[listing.kind], listing.place, distanceKm == null ? '' : card.distance(formatKm(locale, distanceKm))].filter(Boolean).join(' · ');
}

/** Monthly cost of a listing: "650 €", "500 € – 800 €", "ab 500 €", or the "on request" text. */
export function costText(
  locale: Locale,
  card: { costRange: (min: string, max: string) => string; costFrom: (min: string) => string; costUpTo: (max: string) => string; costUnknown: string },
  listing: { monthlyCostMinCents: number | null; monthlyCostMaxCents: number | null },
): string {
  const eur = (cents: number) => formatEuros(locale, cents);
  const { monthlyCostMinCents: min, monthlyCostMaxCents: max } = listing;
  if (min !== null && max !== null) return min === max ? eur(min) : card.costRange(eur(min), eur(max));
  if (min !== null) return card.costFrom(eur(min));
  if (max !== null) return card.costUpTo(eur(max));
  return card.costUnknown;
}
