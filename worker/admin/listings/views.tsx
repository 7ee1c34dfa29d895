/** The listing form (create and edit) with every field, and the project's side of the questionnaire. */
import type { Listing } from '../../db/schema';
import { catalogueV1 } from '../../questionnaire/v1';
import type { AdminContext } from '../context';
import { CheckboxGroup, Checkbox, ErrorSummary, fieldId, Select, TextArea, TextField, type FormErrors } from '../ui/form';
import { Csrf } from '../ui/layout';
import { FACT_QUESTIONS, PETS, projectQuestions, UNIT_TYPES, type RawForm } from './form';
import { LEGAL_FORMS, LISTING_KINDS, SETTLEMENTS, STAGES } from '../../db/schema';

const s = (raw: RawForm, k: string) => {
  const v = raw[k];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};
const l = (raw: RawForm, k: string) => {
  const v = raw[k];
  return Array.isArray(v) ? v : v ? [v] : [];
};

export function ListingForm({ c, raw, errors, action, readOnly, place }: { c: AdminContext; raw: RawForm; errors: FormErrors; action: string; readOnly?: boolean; place?: string }) {
  const t = c.get('t');
  const L = t.listings;
  const loc = t.lang;
  const opts = (values: readonly string[], labels: Record<string, string>) => values.map((v) => ({ value: v, label: labels[v] ?? v }));
  const importanceOptions = ([0, 1, 2, 3] as const).map((i) => ({ value: String(i), label: catalogueV1.importance[i][loc] }));
  const err = (k: string) => errors[k];
  return (
    <>
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action={action} novalidate class="listing-form">
        <Csrf c={c} />
        <fieldset disabled={readOnly}>
          <fieldset>
            <legend>{L.sections.basics}</legend>
            <Select name="kind" label={L.f.kind} value={s(raw, 'kind')} options={opts(LISTING_KINDS, L.kind)} error={err('kind')} required t={t} />
            <TextField name="title" label={L.f.title} value={s(raw, 'title')} error={err('title')} required maxlength={120} t={t} />
            <TextArea name="summary" label={L.f.summary} hint={L.f.summaryHint} value={s(raw, 'summary')} error={err('summary')} required rows={3} maxlength={280} t={t} />
            <TextArea name="description" label={L.f.description} value={s(raw, 'description')} error={err('description')} rows={8} maxlength={8000} t={t} />
            <Select name="stage" label={L.f.stage} value={s(raw, 'stage')} options={opts(STAGES, L.stage)} error={err('stage')} required t={t} />
            <Select name="legalForm" label={L.f.legalForm} value={s(raw, 'legalForm')} options={opts(LEGAL_FORMS, L.legalForm)} error={err('legalForm')} required t={t} />
          </fieldset>

          <fieldset>
            <legend>{L.sections.location}</legend>
            <TextField name="postcode" label={L.f.postcode} hint={place ? `${L.f.postcodeHint} ${place}` : L.f.postcodeHint} value={s(raw, 'postcode')} error={err('postcode')} required inputmode="numeric" maxlength={5} autocomplete="postal-code" t={t} />
            <Select name="settlement" label={L.f.settlement} value={s(raw, 'settlement')} options={opts(SETTLEMENTS, L.settlement)} error={err('settlement')} required t={t} />
          </fieldset>

          <fieldset>
            <legend>{L.sections.home}</legend>
            <TextField name="unitsTotal" label={L.f.unitsTotal} value={s(raw, 'unitsTotal')} error={err('unitsTotal')} required inputmode="numeric" t={t} />
            <fieldset class="group">
              <legend>{L.f.freeUnits}</legend>
              <p class="hint">{L.f.freeUnitsHint}</p>
              {UNIT_TYPES.map((u) => (
                <TextField name={`free.${u}`} label={L.units[u] ?? u} value={s(raw, `free.${u}`)} error={err(`free.${u}`)} inputmode="numeric" t={t} />
              ))}
            </fieldset>
            <TextField name="spaceMin" label={L.f.spaceMin} value={s(raw, 'spaceMin')} error={err('spaceMin')} inputmode="numeric" t={t} />
            <TextField name="spaceMax" label={L.f.spaceMax} value={s(raw, 'spaceMax')} error={err('spaceMax')} inputmode="numeric" t={t} />
            <TextField name="plot" label={L.f.plot} value={s(raw, 'plot')} error={err('plot')} inputmode="numeric" t={t} />
          </fieldset>

          <fieldset>
            <legend>{L.sections.money}</legend>
            <TextField name="costMin" label={L.f.costMin} value={s(raw, 'costMin')} error={err('costMin')} inputmode="numeric" t={t} />
            <TextField name="costMax" label={L.f.costMax} value={s(raw, 'costMax')} error={err('costMax')} inputmode="numeric" t={t} />
            <TextField name="equity" label={s(raw, 'kind') === 'property' ? L.f.equityProperty : L.f.equity} value={s(raw, 'equity')} error={err('equity')} inputmode="numeric" t={t} />
          </fieldset>

          <fieldset>
            <legend>{L.sections.rules}</legend>
            <Checkbox name="barrierFree" label={L.f.barrierFree} checked={s(raw, 'barrierFree') === '1'} />
            <Checkbox name="childrenWelcome" label={L.f.children} checked={s(raw, 'childrenWelcome') === '1'} />
            <Select name="petsAllowed" label={L.f.pets} value={s(raw, 'petsAllowed')} options={opts(PETS, L.pets)} error={err('petsAllowed')} required t={t} />
          </fieldset>

          <fieldset>
            <legend>{L.sections.contact}</legend>
            <TextField name="contactEmail" type="email" label={L.f.contactEmail} value={s(raw, 'contactEmail')} error={err('contactEmail')} autocomplete="email" t={t} />
            <TextField name="website" type="url" label={L.f.website} value={s(raw, 'website')} error={err('website')} autocomplete="url" t={t} />
          </fieldset>

          <fieldset>
            <legend>{L.sections.questionnaire}</legend>
            <p class="hint">{L.questionnaireIntro}</p>
            {catalogueV1.steps.map((step) => {
              const qs = projectQuestions.filter((q) => q.step === step.id);
              if (!qs.length) return null;
              return (
                <fieldset class="group">
                  <legend>{step.title[loc]}</legend>
                  {qs.map((q) => {
                    const label = (q.projectLabel ?? q.label)![loc];
                    const answerName = `q.${q.id}`;
                    const isFact = q.id in FACT_QUESTIONS;
                    const answer = isFact ? (
                      <p class="fact">
                        <strong>{label}</strong>: {t.listings.f.answer} ↑
                      </p>
                    ) : q.kind === 'multi' ? (
                      <CheckboxGroup name={answerName} legend={label} options={(q.options ?? []).map((o) => ({ value: o.value, label: o.label[loc] }))} values={l(raw, answerName)} error={err(answerName)} />
                    ) : q.kind === 'boolean' ? (
                      <Select name={answerName} label={label} value={s(raw, answerName)} empty={L.f.notAnswered} options={[{ value: 'yes', label: t.common.yes }, { value: 'no', label: t.common.no }]} error={err(answerName)} t={t} />
                    ) : q.kind === 'count' || q.kind === 'money' ? (
                      <TextField name={answerName} label={q.unit ? `${label} (${q.unit[loc]})` : label} value={s(raw, answerName)} error={err(answerName)} inputmode="numeric" t={t} />
                    ) : (
                      <Select name={answerName} label={label} value={s(raw, answerName)} empty={L.f.notAnswered} options={(q.options ?? []).map((o) => ({ value: o.value, label: o.label[loc] }))} error={err(answerName)} t={t} />
                    );
                    return (
                      <div class="question" id={`${fieldId(answerName)}-q`}>
                        {answer}
                        {q.weighted ? (
                          <Select name={`imp.${q.id}`} label={`${L.f.importance}: ${label}`} value={s(raw, `imp.${q.id}`) || '1'} options={importanceOptions} error={err(`imp.${q.id}`)} t={t} />
                        ) : null}
                      </div>
                    );
                  })}
                </fieldset>
              );
            })}
          </fieldset>
          {readOnly ? null : <button type="submit">{t.common.save}</button>}
        </fieldset>
      </form>
    </>
  );
}

export function StatusActions({ c, listing }: { c: AdminContext; listing: Listing }) {
  const t = c.get('t');
  const actions: string[] =
    listing.status === 'draft' ? ['publish', 'archive'] : listing.status === 'published' ? ['confirm', 'pause', 'archive'] : listing.status === 'paused' ? ['publish', 'archive', 'restore'] : ['restore'];
  return (
    // The target of the error summary's link when an action is refused.
    <div class="actions" id={fieldId('action')} tabindex={-1}>
      {actions.map((a) => (
        <form method="post" action={`/admin/listings/${listing.id}/status`} class="inline">
          <Csrf c={c} />
          <input type="hidden" name="action" value={a} />
          <button type="submit" class={a === 'archive' ? 'secondary' : undefined}>
            {t.listings.actions[a]}
          </button>
        </form>
      ))}
    </div>
  );
}
