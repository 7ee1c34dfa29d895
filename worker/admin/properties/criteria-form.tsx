/**
 * The readiness criteria form of a vacant property (`/admin/properties/{id}/criteria`, routes in
 * shortlist.tsx): the posted fields parsed against the checklist's shape, and the page.
 */
import { z } from 'zod';
import type { Listing } from '../../db/schema';
import type { ReadinessCriteria } from '../../groups/readiness';
import { newCriterionId } from '../../groups/shortlist';
import { messages } from '../../i18n';
import type { AdminContext } from '../context';
import { Checkbox, ErrorSummary, type FormErrors, TextField } from '../ui/form';
import { Csrf, Page, render } from '../ui/layout';

/** At most this many criteria of the municipality's own per property. */
export const MAX_CUSTOM_CRITERIA = 10;
/** Empty rows the form offers for new criteria. */
const NEW_ROWS = 2;

const texts = (c: AdminContext) => messages(c.get('locale')).properties;

const label = z.string().trim().max(200);
/** The posted criteria form (field names as in the form); every field is checked. */
const CriteriaFormSchema = z.object({
  minHouseholds: z.coerce.number().int().min(1).max(100),
  minUnitsSharePercent: z.coerce.number().int().min(0).max(100),
  requireLegalForm: z.boolean(),
  requireFinancingPlan: z.boolean(),
  requireContactPerson: z.boolean(),
  custom: z.array(z.object({ id: z.string().regex(/^c_[0-9a-f]{8}$/), label: z.object({ de: label.min(1), en: label.optional() }) })).max(MAX_CUSTOM_CRITERIA),
});

export interface RawCriteria {
  minHouseholds: string;
  minUnitsSharePercent: string;
  requireLegalForm: boolean;
  requireFinancingPlan: boolean;
  requireContactPerson: boolean;
  custom: { id: string; de: string; en: string }[];
}

export const rawOf = (c: ReadinessCriteria): RawCriteria => ({
  minHouseholds: String(c.minHouseholds),
  minUnitsSharePercent: String(c.minUnitsSharePercent),
  requireLegalForm: c.requireLegalForm,
  requireFinancingPlan: c.requireFinancingPlan,
  requireContactPerson: c.requireContactPerson,
  custom: c.custom.map((x) => ({ id: x.id, de: x.label.de, en: x.label.en ?? '' })),
});

/** Form body → raw values; custom rows come as custom_id_N / custom_de_N / custom_en_N. */
export function rawFromBody(body: Record<string, unknown>, existing: ReadinessCriteria): RawCriteria {
  const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string).trim() : '');
  const known = new Set(existing.custom.map((x) => x.id));
  const custom: RawCriteria['custom'] = [];
  for (let n = 1; n <= MAX_CUSTOM_CRITERIA + NEW_ROWS + 1; n++) {
    const de = str(`custom_de_${n}`);
    const en = str(`custom_en_${n}`);
    if (!de && !en) continue;
    const id = str(`custom_id_${n}`);
    // A posted id is kept only if it was one of the property's (so the groups' ticks stay); else a new one.
    custom.push({ id: known.has(id) ? id : newCriterionId(), de, en });
  }
  const on = (k: string) => body[k] === '1';
  return {
    minHouseholds: str('min_households'),
    minUnitsSharePercent: str('min_units_share'),
    requireLegalForm: on('require_legal_form'),
    requireFinancingPlan: on('require_financing_plan'),
    requireContactPerson: on('require_contact_person'),
    custom,
  };
}

const FIELD_OF: Record<string, string> = { minHouseholds: 'min_households', minUnitsSharePercent: 'min_units_share', custom: 'custom_de_1' };

export function parseCriteria(raw: RawCriteria, t: ReturnType<typeof texts>): { ok: true; data: ReadinessCriteria } | { ok: false; errors: FormErrors } {
  const parsed = CriteriaFormSchema.safeParse({
    ...raw,
    minHouseholds: raw.minHouseholds === '' ? undefined : raw.minHouseholds,
    minUnitsSharePercent: raw.minUnitsSharePercent === '' ? undefined : raw.minUnitsSharePercent,
    custom: raw.custom.map((x) => ({ id: x.id, label: { de: x.de, ...(x.en ? { en: x.en } : {}) } })),
  });
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FormErrors = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0]) as keyof typeof t.readiness.errors;
    // A custom row's label: the field of that row and language, as the page renders it again (rows in raw order).
    const [, row, , lang] = issue.path;
    if (key === 'custom' && typeof row === 'number' && (lang === 'de' || lang === 'en')) {
      const missing = lang === 'de' && raw.custom[row]?.de === '';
      errors[`custom_${lang}_${row + 1}`] ??= missing ? t.readiness.errors.customMissingDe : t.readiness.errors.custom;
      continue;
    }
    errors[FIELD_OF[key] ?? 'custom_de_1'] ??= t.readiness.errors[key] ?? t.readiness.errors.custom;
  }
  return { ok: false, errors };
}

function CriteriaForm({ c, listing, raw, errors }: { c: AdminContext; listing: Listing; raw: RawCriteria; errors: FormErrors }) {
  const t = texts(c);
  const at = c.get('t');
  const rows = [...raw.custom, ...Array.from({ length: Math.max(0, Math.min(NEW_ROWS, MAX_CUSTOM_CRITERIA - raw.custom.length)) }, () => ({ id: '', de: '', en: '' }))];
  return (
    <form method="post" action={`/admin/properties/${listing.id}/criteria`} novalidate>
      <Csrf c={c} />
      <ErrorSummary errors={errors} t={at} />
      <TextField t={at} name="min_households" label={t.readiness.minHouseholds} value={raw.minHouseholds} inputmode="numeric" required error={errors.min_households} />
      <TextField t={at} name="min_units_share" label={t.readiness.minUnitsShare} hint={t.readiness.minUnitsShareHint} value={raw.minUnitsSharePercent} inputmode="numeric" required error={errors.min_units_share} />
      <fieldset class="field">
        <legend>{t.readiness.required}</legend>
        <Checkbox name="require_legal_form" label={t.readiness.requireLegalForm} checked={raw.requireLegalForm} />
        <Checkbox name="require_financing_plan" label={t.readiness.requireFinancingPlan} checked={raw.requireFinancingPlan} />
        <Checkbox name="require_contact_person" label={t.readiness.requireContactPerson} checked={raw.requireContactPerson} />
      </fieldset>
      <fieldset class="field">
        <legend>{t.readiness.custom}</legend>
        <p class="hint">{t.readiness.customHint}</p>
        {rows.map((r, i) => (
          <>
            <input type="hidden" name={`custom_id_${i + 1}`} value={r.id} />
            <TextField t={at} name={`custom_de_${i + 1}`} label={t.readiness.customDe(i + 1)} value={r.de} maxlength={200} error={errors[`custom_de_${i + 1}`]} />
            <TextField t={at} name={`custom_en_${i + 1}`} label={t.readiness.customEn(i + 1)} value={r.en} maxlength={200} error={errors[`custom_en_${i + 1}`]} />
          </>
        ))}
      </fieldset>
      <button type="submit">{t.readiness.save}</button>
    </form>
  );
}

export function criteriaPage(c: AdminContext, listing: Listing, raw: RawCriteria, back: string, errors: FormErrors = {}) {
  const t = texts(c);
  return render(
    c,
    <Page c={c} title={`${t.readiness.title}: ${listing.title}`} section="listings">
      <p>{t.readiness.intro}</p>
      <CriteriaForm c={c} listing={listing} raw={raw} errors={errors} />
      <p>
        <a href={back}>{t.shortlist.back}</a>
      </p>
    </Page>,
    Object.keys(errors).length ? 422 : 200,
  );
}
