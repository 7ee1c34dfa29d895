/**
 * The "key facts" of a listing's page as label and value, in the page's language: what the admin's
 * listing form holds (worker/admin/listings/form.ts), named as the admin names it and formatted by
 * worker/i18n/format.ts. Nothing personal (no contact email).
 */
import type { Listing } from '../../db/schema';
import { formatMoney, formatNumber, messages, type Locale } from '../../i18n';

export interface Fact {
  key: string;
  label: string;
  value: string;
  /** A link the value stands for (the project's website). */
  href?: string;
}

type FactListing = Pick<
  Listing,
  | 'kind' | 'place' | 'postcode' | 'settlement' | 'stage' | 'legalForm' | 'unitsTotal' | 'freePlaces' | 'freeUnits' | 'monthlyCostMinCents' | 'monthlyCostMaxCents'
  | 'equityRequiredCents' | 'livingSpaceMinSqm' | 'livingSpaceMaxSqm' | 'plotSqm' | 'barrierFree' | 'childrenWelcome' | 'petsAllowed' | 'website'
>;

/** The website as a link, only when it is an http(s) address (shown by its host). */
function website(url: string | null, label: string): Fact | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? { key: 'website', label, value: u.host, href: u.href } : null;
  } catch {
    return null;
  }
}

/**
 * @example
 * listingFacts(listing, { district: 'Landkreis Görlitz', organization: 'Wohnen am Berg eG', website: null }, 'de');
 */
export function listingFacts(l: FactListing, more: { district: string | null; organization: string; website: string | null }, locale: Locale): Fact[] {
  const t = messages(locale).listingPage;
  const names = messages(locale).admin.listings;
  const money = (cents: number) => formatMoney(cents, locale);
  const span = (from: string | null, to: string | null) => (from && to && from !== to ? t.range(from, to) : (from ?? to));
  const sqm = (n: number | null) => (n === null ? null : t.squareMetres(formatNumber(n, locale)));
  const project = l.kind === 'project';
  const cost = span(l.monthlyCostMinCents === null ? null : money(l.monthlyCostMinCents), l.monthlyCostMaxCents === null ? null : money(l.monthlyCostMaxCents));
  const units = Object.entries(l.freeUnits).filter(([, n]) => (n ?? 0) > 0);
  const rows: (Fact | null)[] = [
    { key: 'kind', label: t.fact.kind, value: names.kind[l.kind] ?? l.kind },
    { key: 'place', label: t.fact.place, value: `${l.postcode} ${l.place}` },
    more.district ? { key: 'district', label: t.fact.district, value: more.district } : null,
    { key: 'settlement', label: t.fact.settlement, value: names.settlement[l.settlement] ?? l.settlement },
    { key: 'stage', label: t.fact.stage, value: names.stage[l.stage] ?? l.stage },
    { key: 'legalForm', label: t.fact.legalForm, value: names.legalForm[l.legalForm] ?? l.legalForm },
    l.unitsTotal > 0 ? { key: 'unitsTotal', label: t.fact.unitsTotal, value: formatNumber(l.unitsTotal, locale) } : null,
    project ? { key: 'freePlaces', label: t.fact.freePlaces, value: formatNumber(l.freePlaces, locale) } : null,
    units.length ? { key: 'freeUnits', label: t.fact.freeUnits, value: units.map(([k, n]) => t.unitPlaces(names.units[k] ?? k, n!)).join(', ') } : null,
    project ? { key: 'monthlyCost', label: t.fact.monthlyCost, value: cost ?? t.onRequest } : null,
    project
      ? { key: 'equity', label: t.fact.equity, value: l.equityRequiredCents > 0 ? money(l.equityRequiredCents) : t.none }
      : { key: 'price', label: t.fact.price, value: l.equityRequiredCents > 0 ? money(l.equityRequiredCents) : t.onRequest },
    span(sqm(l.livingSpaceMinSqm), sqm(l.livingSpaceMaxSqm)) ? { key: 'livingSpace', label: t.fact.livingSpace, value: span(sqm(l.livingSpaceMinSqm), sqm(l.livingSpaceMaxSqm))! } : null,
    l.plotSqm ? { key: 'plot', label: t.fact.plot, value: sqm(l.plotSqm)! } : null,
    { key: 'barrierFree', label: t.fact.barrierFree, value: l.barrierFree ? t.yes : t.no },
    project ? { key: 'children', label: t.fact.children, value: l.childrenWelcome ? t.childrenWelcome : t.notForChildren } : null,
    project ? { key: 'pets', label: t.fact.pets, value: names.pets[l.petsAllowed] ?? l.petsAllowed } : null,
    { key: 'offeredBy', label: t.fact.offeredBy, value: more.organization },
    website(more.website, t.fact.website),
  ];
  return rows.filter((r): r is Fact => r !== null);
}
