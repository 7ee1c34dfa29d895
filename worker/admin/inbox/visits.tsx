/**
 * The inbox's panel for visits and trial stays: what was proposed, the seeker's answer, both
 * sides' view afterwards, the team's own view buttons, and the form to propose one (editors).
 * The routes that change them are in ./routes.tsx.
 */
import { VISIT_OUTCOMES, type Visit } from '../../db/schema';
import { begun, visitWhen } from '../../conversation/visits';
import type { AdminContext } from '../context';
import { Select, TextArea, TextField, type FormErrors } from '../ui/form';
import { Csrf } from '../ui/layout';

export interface VisitForm {
  kind?: string;
  startsOn?: string;
  endsOn?: string;
  place?: string;
  notes?: string;
}

export function VisitsPanel({ c, requestId, visits, canEdit, values = {}, errors = {} }: { c: AdminContext; requestId: string; visits: Visit[]; canEdit: boolean; values?: VisitForm; errors?: FormErrors }) {
  const t = c.get('t');
  const V = t.inbox.visits;
  const locale = c.get('locale');
  const now = Date.now();
  return (
    <section aria-labelledby="visits-h" class="panel" id="visits">
      <h2 id="visits-h">{V.title}</h2>
      {visits.length === 0 ? <p>{V.none}</p> : null}
      {visits.length ? (
        <ul class="visits">
          {visits.map((v) => (
            <li>
              <p>
                <strong>{V.kinds[v.kind]}</strong> · {visitWhen(v, locale)} · {v.place} · {V.states[v.state]}
              </p>
              {v.notes ? <p class="message">{v.notes}</p> : null}
              {v.state === 'accepted' ? (
                <p>
                  {V.seekerOutcome}: {v.seekerOutcome ? V.outcomes[v.seekerOutcome] : V.noOutcome} · {V.teamOutcome}: {v.teamOutcome ? V.outcomes[v.teamOutcome] : V.noOutcome}
                </p>
              ) : null}
              {canEdit && begun(v, now) ? (
                <form method="post" action={`/admin/inbox/${requestId}/visits/${v.id}/outcome`} class="inline">
                  <Csrf c={c} />
                  {VISIT_OUTCOMES.map((o) => (
                    <button type="submit" name="outcome" value={o}>
                      {V.outcomes[o]}
                    </button>
                  ))}
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canEdit ? (
        <form method="post" action={`/admin/inbox/${requestId}/visits`} novalidate>
          <Csrf c={c} />
          <Select name="kind" label={V.kind} value={values.kind ?? 'visit'} options={['visit', 'trial'].map((k) => ({ value: k, label: V.kinds[k]! }))} t={t} />
          <TextField name="startsOn" type="date" label={V.startsOn} hint={V.dateHint} value={values.startsOn} error={errors.startsOn} required t={t} />
          <TextField name="endsOn" type="date" label={V.endsOn} hint={V.dateHint} value={values.endsOn} error={errors.endsOn} t={t} />
          <TextField name="place" label={V.place} value={values.place} error={errors.place} maxlength={200} required t={t} />
          <TextArea name="visitNotes" label={V.notes} value={values.notes} error={errors.visitNotes} rows={3} maxlength={1000} t={t} />
          <button type="submit">{V.propose}</button>
        </form>
      ) : null}
    </section>
  );
}
