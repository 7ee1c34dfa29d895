/**
 * The municipality decides who appears in its widget (worker/curation): the queue of new providers
 * in its region, a provider's listings there, approve / reject / block with a message, and hiding a
 * single listing with a reason. Municipalities only (providers get 404); editors and owners decide,
 * viewers read. Every decision is audited in its batch and mailed to the provider's team.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { database } from '../../db/client';
import { DECISIONS, decisionStatements, hideStatements, MAX_MESSAGE, providerListingsInRegion, providersInRegion, showStatements, type RegionProvider } from '../../curation/approvals';
import { decisionMail } from '../../curation/mails';
import { enqueue, outboxInsert } from '../../outbox/outbox';
import { teamRecipients } from '../../organizations/recipients';
import { publicOrigin } from '../../settings';
import { hasRole, notFound, readForm, requireMember, requireRole, type AdminContext, type AdminEnv } from '../context';
import { formatDate } from '../../i18n';
import { ownMunicipality } from '../region/routes';
import { ErrorSummary, TextArea, TextField, type FormErrors } from '../ui/form';
import { Csrf, Page, PostButton, render } from '../ui/layout';

export const providerPages = new Hono<AdminEnv>();
providerPages.use('/admin/providers', requireMember());
providerPages.use('/admin/providers/*', requireMember());

function ProviderTable({ c, rows, caption }: { c: AdminContext; rows: RegionProvider[]; caption: string }) {
  const t = c.get('t');
  const P = t.providers;
  const locale = c.get('locale');
  return (
    <div class="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{P.col.name}</th>
            <th scope="col">{P.col.state}</th>
            <th scope="col">{P.col.listings}</th>
            <th scope="col">{P.col.since}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr>
              <th scope="row">
                <a href={`/admin/providers/${p.id}`}>{p.name}</a>
              </th>
              <td>
                {P.state[p.state]}
                {p.suspended ? ` (${P.suspended})` : ''}
              </td>
              <td>{P.published(p.published, p.listings)}</td>
              <td>{formatDate(p.since, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

providerPages.get('/admin/providers', async (c) => {
  const org = await ownMunicipality(c);
  const t = c.get('t');
  const all = await providersInRegion(c.env.DB, org);
  const waiting = all.filter((p) => p.state === 'pending');
  const decided = all.filter((p) => p.state !== 'pending');
  const hasRegion = org.regionDistrictKeys.length > 0 || org.regionPostcodes.length > 0;
  return render(
    c,
    <Page c={c} title={t.providers.title} section="providers">
      <p>{t.providers.intro}</p>
      {!hasRegion ? <p>{t.providers.noRegion}</p> : null}
      <section aria-labelledby="queue-h">
        <h2 id="queue-h">{t.providers.queue}</h2>
        {waiting.length ? <ProviderTable c={c} rows={waiting} caption={t.providers.queue} /> : <p>{t.providers.noQueue}</p>}
      </section>
      <section aria-labelledby="decided-h">
        <h2 id="decided-h">{t.providers.decided}</h2>
        {decided.length ? <ProviderTable c={c} rows={decided} caption={t.providers.decided} /> : <p>{t.providers.noneDecided}</p>}
      </section>
    </Page>,
  );
});

async function regionProvider(c: AdminContext, id: string) {
  const org = await ownMunicipality(c);
  const provider = (await providersInRegion(c.env.DB, org)).find((p) => p.id === id);
  // A provider without listings in the region is none of this municipality's business: 404.
  if (!provider) throw notFound();
  return { org, provider };
}

interface DetailState {
  decision?: { state?: string; message?: string; errors?: FormErrors };
  hide?: { listingId: string; reason: string; errors: FormErrors };
}

async function detailPage(c: AdminContext, id: string, s: DetailState = {}) {
  const { org, provider } = await regionProvider(c, id);
  const t = c.get('t');
  const P = t.providers;
  const canDecide = hasRole(c.get('member').role, 'editor');
  const rows = await providerListingsInRegion(c.env.DB, org, provider.id);
  const errors = { ...s.decision?.errors, ...s.hide?.errors };
  const n = c.req.query('notice');
  const notice = n === 'decided' ? P.saved : n === 'hidden' ? P.hiddenSaved : n === 'shown' ? P.shownSaved : undefined;
  const chosen = s.decision?.state ?? (provider.state === 'pending' ? '' : provider.state);
  return render(
    c,
    <Page c={c} title={provider.name} section="providers" notice={notice}>
      <ErrorSummary errors={errors} t={t} />
      <p>{P.detailIntro}</p>
      <dl class="facts">
        <dt>{P.col.state}</dt>
        <dd>
          {P.state[provider.state]}
          {provider.suspended ? ` (${P.suspended})` : ''}
        </dd>
        {provider.website ? (
          <>
            <dt>{P.website}</dt>
            <dd>
              <a href={provider.website} rel="noopener noreferrer">
                {provider.website}
              </a>
            </dd>
          </>
        ) : null}
        {provider.message ? (
          <>
            <dt>{P.message}</dt>
            <dd>{provider.message}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="listings-h">
        <h2 id="listings-h">{P.listingsTitle}</h2>
        <ul class="plain">
          {rows.map((l) => (
            <li>
              <strong>{l.title}</strong> · {t.listings.kind[l.kind] ?? l.kind} · {l.place} · {t.listings.status[l.status] ?? l.status}
              {l.hiddenReason ? <p class="warning">{P.hidden(l.hiddenReason)}</p> : null}
              {canDecide ? (
                l.hiddenReason ? (
                  <PostButton c={c} action={`/admin/providers/${provider.id}/listings/${l.id}/show`} inline variant="secondary">
                    {P.show}
                  </PostButton>
                ) : (
                  <form method="post" action={`/admin/providers/${provider.id}/listings/${l.id}/hide`}>
                    <Csrf c={c} />
                    <TextField
                      t={t}
                      name="reason"
                      idName={`reason-${l.id}`}
                      label={`${P.hideReason}: ${l.title}`}
                      value={s.hide?.listingId === l.id ? s.hide.reason : ''}
                      error={s.hide?.listingId === l.id ? s.hide.errors[`reason-${l.id}`] : undefined}
                      maxlength={MAX_MESSAGE}
                    />
                    <button type="submit" class="secondary">
                      {P.hide}
                    </button>
                  </form>
                )
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="decision-h" class="panel">
        <h2 id="decision-h">{P.decisionTitle}</h2>
        {canDecide ? (
          <form method="post" action={`/admin/providers/${provider.id}/decision`} novalidate>
            <Csrf c={c} />
            <fieldset class={s.decision?.errors?.state ? 'field invalid' : 'field'} id="f-state" aria-describedby={s.decision?.errors?.state ? 'f-state-error' : undefined}>
              <legend>{P.decision}</legend>
              {s.decision?.errors?.state ? (
                <p class="error" id="f-state-error">
                  {s.decision.errors.state}
                </p>
              ) : null}
              {DECISIONS.map((d) => (
                <div class="check">
                  <input type="radio" id={`f-state-${d}`} name="state" value={d} checked={chosen === d} />
                  <label for={`f-state-${d}`}>{P.decisions[d]}</label>
                </div>
              ))}
            </fieldset>
            <TextArea t={t} name="message" label={P.message} hint={P.messageHint} value={s.decision?.message ?? provider.message ?? ''} error={s.decision?.errors?.message} rows={4} maxlength={MAX_MESSAGE} />
            <button type="submit">{P.submit}</button>
          </form>
        ) : (
          <p class="hint">{P.readOnly}</p>
        )}
      </section>
    </Page>,
    Object.keys(errors).length ? 422 : 200,
  );
}

providerPages.get('/admin/providers/:id', (c) => detailPage(c, c.req.param('id')));

const messageSchema = z.string().trim().max(MAX_MESSAGE);

providerPages.post('/admin/providers/:id/decision', async (c) => {
  requireRole(c, 'editor');
  const { org, provider } = await regionProvider(c, c.req.param('id'));
  const t = c.get('t');
  const body = await readForm(c);
  const state = DECISIONS.find((d) => d === body.state);
  const rawMessage = typeof body.message === 'string' ? body.message : '';
  const message = messageSchema.safeParse(rawMessage);
  const errors: FormErrors = {};
  if (!state) errors.state = t.providers.errors.decision;
  if (!message.success) errors.message = t.errors.tooLong(MAX_MESSAGE);
  if (!state || !message.success) return detailPage(c, provider.id, { decision: { state: typeof body.state === 'string' ? body.state : '', message: rawMessage, errors } });
  const member = c.get('member');
  const db = database(c.env.DB);
  // The provider's team learns of it: the mails go into the outbox in the batch of the decision
  // (one per decision and member; they also see it in the admin).
  const now = Date.now();
  const link = `${publicOrigin(c.env, c.req.url)}/admin/visibility`;
  const cause = { table: 'region_approvals', id: `${org.id}:${provider.id}:${now}` };
  const mails = (await teamRecipients(db, provider.id)).map((to) =>
    outboxInsert(db, { ...decisionMail(to, org.name, state, message.data || null, link), kind: 'curation.decision', locale: to.locale }, cause, now),
  );
  await db.batch([
    ...decisionStatements(db, { municipalityId: org.id, providerId: provider.id, state, message: message.data || null, actorId: member.user.id }, now),
    ...mails.map((m) => m.query),
  ]);
  await enqueue(c.env, mails.map((m) => m.id));
  return c.redirect(`/admin/providers/${provider.id}?notice=decided`, 303);
});

async function regionListing(c: AdminContext, providerId: string, listingId: string) {
  const { org, provider } = await regionProvider(c, providerId);
  const listing = (await providerListingsInRegion(c.env.DB, org, provider.id)).find((l) => l.id === listingId);
  if (!listing) throw notFound();
  return { org, provider, listing };
}

providerPages.post('/admin/providers/:id/listings/:listingId/hide', async (c) => {
  requireRole(c, 'editor');
  const { org, provider, listing } = await regionListing(c, c.req.param('id'), c.req.param('listingId'));
  const body = await readForm(c);
  const raw = typeof body.reason === 'string' ? body.reason : '';
  const reason = z.string().trim().min(1).max(MAX_MESSAGE).safeParse(raw);
  if (!reason.success) {
    const t = c.get('t');
    return detailPage(c, provider.id, { hide: { listingId: listing.id, reason: raw, errors: { [`reason-${listing.id}`]: raw.trim() ? t.errors.tooLong(MAX_MESSAGE) : t.providers.errors.reason } } });
  }
  const db = database(c.env.DB);
  await db.batch(hideStatements(db, { municipalityId: org.id, listingId: listing.id, providerId: provider.id, reason: reason.data, actorId: c.get('member').user.id }));
  return c.redirect(`/admin/providers/${provider.id}?notice=hidden`, 303);
});

providerPages.post('/admin/providers/:id/listings/:listingId/show', async (c) => {
  requireRole(c, 'editor');
  const { org, provider, listing } = await regionListing(c, c.req.param('id'), c.req.param('listingId'));
  const db = database(c.env.DB);
  await db.batch(showStatements(db, { municipalityId: org.id, listingId: listing.id, actorId: c.get('member').user.id }));
  return c.redirect(`/admin/providers/${provider.id}?notice=shown`, 303);
});
