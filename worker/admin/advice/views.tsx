/** The advice offices screen's parts: the list and the form (worker/admin/advice/routes.tsx). */
import type { AdviceOffice } from '../../db/schema';
import { messages } from '../../i18n';
import type { AdminContext } from '../context';
import { ErrorSummary, TextArea, TextField, type FormErrors } from '../ui/form';
import { Csrf, PostButton } from '../ui/layout';
import type { RawAdviceForm } from './form';

const texts = (c: AdminContext) => messages(c.get('locale')).guide.admin;

export function OfficeTable({ c, offices, canEdit }: { c: AdminContext; offices: AdviceOffice[]; canEdit: boolean }) {
  const t = texts(c);
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{t.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.col.name}</th>
            <th scope="col">{t.col.hours}</th>
            <th scope="col">{t.col.contact}</th>
            {canEdit ? <th scope="col">{c.get('t').common.actions}</th> : null}
          </tr>
        </thead>
        <tbody>
          {offices.map((o) => (
            <tr>
              <th scope="row">{o.name}</th>
              <td>{o.hours}</td>
              <td>
                <ul class="plain">
                  {[o.phone, o.email, o.website].filter((v): v is string => Boolean(v)).map((v) => (
                    <li>{v}</li>
                  ))}
                </ul>
              </td>
              {canEdit ? (
                <td>
                  <ul class="plain">
                    <li>
                      <a href={`/admin/advice/${o.id}`} aria-label={t.editLabel(o.name)}>
                        {t.edit}
                      </a>
                    </li>
                    <li>
                      <PostButton c={c} action={`/admin/advice/${o.id}/delete`} inline label={t.deleteLabel(o.name)}>
                        {t.delete}
                      </PostButton>
                    </li>
                  </ul>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OfficeForm({ c, raw, errors, action }: { c: AdminContext; raw: RawAdviceForm; errors: FormErrors; action: string }) {
  const t = texts(c);
  const at = c.get('t');
  const F = t.field;
  return (
    <form method="post" action={action} novalidate>
      <Csrf c={c} />
      <ErrorSummary errors={errors} t={at} />
      <TextField t={at} name="name" label={F.name} value={raw.name} error={errors.name} required maxlength={120} autocomplete="organization" />
      <TextArea t={at} name="hours" label={F.hours} hint={F.hoursHint} value={raw.hours} error={errors.hours} required rows={3} maxlength={300} />
      <p class="hint">{F.contactHint}</p>
      <TextField t={at} name="phone" label={F.phone} value={raw.phone} error={errors.phone} type="tel" autocomplete="tel" maxlength={30} />
      <TextField t={at} name="email" label={F.email} value={raw.email} error={errors.email} type="email" inputmode="email" autocomplete="email" maxlength={200} />
      <TextField t={at} name="website" label={F.website} hint={F.websiteHint} value={raw.website} error={errors.website} type="url" inputmode="url" autocomplete="url" maxlength={300} />
      <TextArea t={at} name="address" label={F.address} hint={F.addressHint} value={raw.address} error={errors.address} rows={3} maxlength={300} />
      <button type="submit">{at.common.save}</button>
    </form>
  );
}
