/**
 * The embed form: raw form values → validated embed columns. Every field is checked with zod;
 * errors come back per form field in the UI language, and the raw values are kept so a failed
 * submit re-renders with everything the user typed and stores nothing.
 */
import { z } from 'zod';
import { LISTING_KINDS, type Embed, type EmbedTheme } from '../../db/schema';
import { formatNumber, isLocale, type AdminMessages, type Locale } from '../../i18n';
import type { FormErrors } from '../ui/form';
import { contrastOnWhite } from '../../embeds/theme';

export type RawEmbedForm = Record<string, string | string[]>;

/** Font stacks offered for the widget; a closed list, so no CSS can be smuggled in. `''` = the host page's font. */
export const FONTS = {
  page: '',
  system: 'system-ui, sans-serif',
  serif: 'Georgia, serif',
  humanist: 'Verdana, sans-serif',
} as const;
export type FontKey = keyof typeof FONTS;

export const MAX_ORIGINS = 10;
const ACCENT = /^#[0-9a-f]{6}$/;
/** 0–32 px or 0–2 rem, at most one decimal: enough for any corner, small enough to stay a corner. */
const RADIUS = /^(\d{1,2}(?:\.\d)?)(px|rem)$/;

const str = (raw: RawEmbedForm, k: string): string => {
  const v = raw[k];
  return (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
};
const list = (raw: RawEmbedForm, k: string): string[] => {
  const v = raw[k];
  return (Array.isArray(v) ? v : v ? [v] : []).map((x) => x.trim()).filter(Boolean);
};

/** Form body → raw values (drops the CSRF field and files). */
export function rawFromBody(body: Record<string, string | File | (string | File)[]>): RawEmbedForm {
  const out: RawEmbedForm = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
    else if (typeof v === 'string') out[k] = v;
  }
  return out;
}

export function fontKeyOf(font: string | undefined): FontKey {
  return (Object.entries(FONTS).find(([, stack]) => stack === (font ?? ''))?.[0] as FontKey | undefined) ?? 'page';
}

export function rawFromEmbed(e: Embed): RawEmbedForm {
  return {
    name: e.name,
    origins: e.allowedOrigins.join('\n'),
    kinds: [...e.scopeKinds],
    providers: [...e.scopeOrganizationIds],
    accent: e.theme.accent ?? '',
    radius: e.theme.radius ?? '',
    font: fontKeyOf(e.theme.font),
    locale: e.defaultLocale,
  };
}

export const emptyEmbedRaw = (): RawEmbedForm => ({ name: '', origins: '', kinds: [], providers: [], accent: '#1f5c7a', radius: '', font: 'page', locale: 'de' });

/**
 * One allowed origin: `https://host[:port]`, or `http://` for localhost only (local testing);
 * no path, query, fragment or credentials. Returns the normalized origin or null.
 */
export function parseOrigin(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return null;
  if (url.username || url.password || url.search || url.hash) return null;
  // `new URL` gives "https://a.de" the pathname "/" (a trailing slash is fine); anything longer is a path.
  if (url.pathname !== '/' || input.includes('?') || input.includes('#')) return null;
  if (!local && !/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(url.hostname)) return null;
  return url.origin;
}

/** A theme from raw values; shared by the form and the preview's "try a theme" form. */
export function parseTheme(raw: RawEmbedForm, t: AdminMessages, errors: FormErrors): EmbedTheme {
  const E = t.embeds.errors;
  const theme: EmbedTheme = {};
  const accent = str(raw, 'accent').toLowerCase();
  if (accent) {
    if (!z.string().regex(ACCENT).safeParse(accent).success) errors.accent = E.accent;
    else {
      const ratio = contrastOnWhite(accent);
      // The widget puts white text on the accent (buttons) and the accent on white (links, focus).
      if (ratio < 4.5) errors.accent = E.contrast(formatNumber(ratio, t.lang, 2));
      else theme.accent = accent;
    }
  }
  const radius = str(raw, 'radius').toLowerCase().replace(/\s+/g, '');
  if (radius) {
    const m = RADIUS.exec(radius);
    const n = m ? Number(m[1]) : NaN;
    if (!m || n > (m[2] === 'px' ? 32 : 2)) errors.radius = E.radius;
    else theme.radius = radius;
  }
  const font = str(raw, 'font') || 'page';
  if (!(font in FONTS)) errors.font = t.errors.choose;
  else if (FONTS[font as FontKey]) theme.font = FONTS[font as FontKey];
  return theme;
}

export interface EmbedFields {
  name: string;
  allowedOrigins: string[];
  scopeKinds: (typeof LISTING_KINDS)[number][];
  scopeOrganizationIds: string[];
  theme: EmbedTheme;
  defaultLocale: Locale;
}

export type EmbedParseResult = { ok: true; data: EmbedFields } | { ok: false; errors: FormErrors };

/**
 * Validates the raw form. `providerIds` are the organizations a region embed may be narrowed to
 * (those with listings in the region); `region` is false for provider embeds, which ignore subsets.
 *
 * @example
 * const r = parseEmbedForm(raw, t, { region: true, providerIds: ['org_a'] }); if (!r.ok) rerender(raw, r.errors);
 */
export function parseEmbedForm(raw: RawEmbedForm, t: AdminMessages, opts: { region: boolean; providerIds: readonly string[] }): EmbedParseResult {
  const errors: FormErrors = {};
  const E = t.embeds.errors;

  const name = str(raw, 'name');
  if (!name) errors.name = t.errors.required;
  else if (name.length > 80) errors.name = t.errors.tooLong(80);
  else if (name.length < 2) errors.name = t.errors.tooShort(2);

  const lines = str(raw, 'origins').split(/[\s,]+/).filter(Boolean);
  const allowedOrigins: string[] = [];
  if (!lines.length) errors.origins = E.originsRequired;
  else if (lines.length > MAX_ORIGINS) errors.origins = E.originsTooMany(MAX_ORIGINS);
  else {
    for (const line of lines) {
      const origin = parseOrigin(line);
      if (!origin) {
        errors.origins = E.origin(line.slice(0, 100));
        break;
      }
      if (!allowedOrigins.includes(origin)) allowedOrigins.push(origin);
    }
  }

  const kinds = opts.region ? list(raw, 'kinds') : [];
  const scopeKinds = kinds.filter((k): k is (typeof LISTING_KINDS)[number] => (LISTING_KINDS as readonly string[]).includes(k));
  if (scopeKinds.length !== kinds.length) errors.kinds = t.errors.choose;
  const providers = opts.region ? [...new Set(list(raw, 'providers'))] : [];
  if (providers.some((p) => !opts.providerIds.includes(p))) errors.providers = E.provider;

  const theme = parseTheme(raw, t, errors);
  const locale = str(raw, 'locale') || 'de';
  if (!isLocale(locale)) errors.locale = t.errors.choose;

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    data: {
      name,
      allowedOrigins,
      // Every kind ticked is the same as none: store "all" as empty.
      scopeKinds: scopeKinds.length === LISTING_KINDS.length ? [] : [...new Set(scopeKinds)],
      scopeOrganizationIds: providers,
      theme,
      defaultLocale: locale as Locale,
    },
  };
}

/** `pk_` + 24 random base62 characters (~143 bits), matching PUBLISHABLE_KEY_PATTERN. */
export function newPublishableKey(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  // 248 = 4 × 62: rejection-free mapping would bias; redraw the few bytes ≥ 248.
  let key = '';
  for (let i = 0; key.length < 24; i++) {
    const b = i < bytes.length ? bytes[i]! : crypto.getRandomValues(new Uint8Array(1))[0]!;
    if (b < 248) key += alphabet[b % 62];
  }
  return `pk_${key}`;
}
