/**
 * The advice office form: raw form values → a validated office (worker/guide/advice.ts's zod
 * schema), with each error on its field in the UI language. A failed submit keeps what was typed.
 */
import type { AdviceOffice } from '../../db/schema';
import { AdviceOfficeInputSchema, type AdviceOfficeInput } from '../../guide/advice';
import type { Messages } from '../../i18n';
import type { FormErrors } from '../ui/form';

export const ADVICE_FIELDS = ['name', 'hours', 'phone', 'email', 'website', 'address'] as const;
export type RawAdviceForm = Record<(typeof ADVICE_FIELDS)[number], string>;

export const emptyAdviceRaw = (): RawAdviceForm => ({ name: '', hours: '', phone: '', email: '', website: '', address: '' });

/** Form body → raw values (strings only; the CSRF field and anything else dropped). */
export function rawFromBody(body: Record<string, unknown>): RawAdviceForm {
  const raw = emptyAdviceRaw();
  for (const k of ADVICE_FIELDS) {
    const v = body[k];
    raw[k] = typeof v === 'string' ? v.trim() : '';
  }
  return raw;
}

export const rawFromOffice = (o: AdviceOffice): RawAdviceForm => ({
  name: o.name,
  hours: o.hours,
  phone: o.phone ?? '',
  email: o.email ?? '',
  website: o.website ?? '',
  address: o.address ?? '',
});

/**
 * @example
 * const parsed = parseAdviceForm(rawFromBody(await c.req.parseBody()), t);
 * if (!parsed.ok) return formPage(c, raw, parsed.errors);
 */
export function parseAdviceForm(raw: RawAdviceForm, t: Messages['guide']['admin']):
  | { ok: true; data: AdviceOfficeInput }
  | { ok: false; errors: FormErrors } {
  const result = AdviceOfficeInputSchema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'name') as Exclude<keyof typeof t.errors, 'tooMany'>;
    // The contact rule names no single field: its message goes to the phone field, the first of the two.
    const target = field === 'contact' ? 'phone' : field;
    errors[target] ??= t.errors[field] ?? t.errors.name;
  }
  return { ok: false, errors };
}
