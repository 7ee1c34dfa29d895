/** Number formatting for the current locale (Intl), cached per locale. */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, kind: 'money' | 'decimal'): Intl.NumberFormat {
  const id = `${locale}|${kind}`;
  let f = cache.get(id);
  if (!f) {
    f =
      kind === 'money'
        ? new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 })
        : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    cache.set(id, f);
  }
  return f;
}

/** 65000 cents → "650 €" (de) / "€650" (en). */
export const formatEuros = (locale: string, cents: number): string => formatter(locale, 'money').format(Math.round(cents / 100));

/** 12.34 → "12,3" (de); whole kilometres from 10 km up. */
export const formatKm = (locale: string, km: number): string => formatter(locale, 'decimal').format(km >= 10 ? Math.round(km) : km);

export const formatNumber = (locale: string, n: number): string => formatter(locale, 'decimal').format(n);

/** "Wohnprojekt · Zittau · 12 km entfernt": kind, place and distance of a listing. */
export function kickerText(
  t: { intlLocale: string; card: { kind: Record<string, string>; distance: (km: string) => string } },
  listing: { kind: string; place: string },
  distanceKm: number | null | undefined,
): string {
  return [t.card.kind[listing.kind], listing.place, distanceKm == null ? '' : t.card.distance(formatKm(t.intlLocale, distanceKm))].filter(Boolean).join(' · ');
}
