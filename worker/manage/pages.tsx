/**
 * Server-rendered manage pages (hono/jsx). Plain forms, no client JavaScript, no inline script or
 * style (the CSP forbids both); the stylesheet is served by the manage routes.
 */
import { begun, VISIT_DECISIONS, visitWhen } from '../conversation/visits';
import { VISIT_OUTCOMES } from '../db/schema';
import { newFormMessageId } from '../conversation/thread';
import type { Child } from 'hono/jsx';
import { Document, documentHtml } from '../http/document';
import type { SeekerData } from '../seekers/store';
import { WITHDRAWABLE } from '../seekers/store';
import { formatDate, messages, otherLocale, type Locale } from '../i18n';
import { GroupsSection } from './groups-section';
import type { GroupMatches } from '../groups/matches';
import type { PropertyForGroup } from '../groups/properties';

export const STYLESHEET_PATH = '/manage/style.css';

export const STYLESHEET = `
:root{color-scheme:light;--accent:#0b5e55;--fg:#1d1d1b;--muted:#555;--line:#c9c9c4}
*{box-sizing:border-box}
body{font:1rem/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:#fafaf7;margin:0}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;flex-wrap:wrap}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin-top:2rem}
a{color:var(--accent)}
:focus-visible{outline:3px solid #c2410c;outline-offset:2px}
.notice{border-left:4px solid var(--accent);background:#e8f3f1;padding:.75rem 1rem;margin:1rem 0}
.notice.warn{border-color:#b45309;background:#fef3c7}
.card{border:1px solid var(--line);border-radius:8px;background:#fff;padding:1rem;margin:1rem 0}
.card h3{margin:0 0 .5rem;font-size:1.1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}dt{font-weight:600}dd{margin:0}
ul.consent{margin:.25rem 0;padding-left:1.2rem}
form{display:inline-block;margin:.5rem .5rem 0 0}
button{font:inherit;padding:.5rem 1rem;border-radius:6px;border:2px solid var(--accent);background:#fff;color:var(--accent);cursor:pointer}
button.danger{border-color:#9f1239;color:#fff;background:#9f1239}
label{display:flex;gap:.5rem;align-items:flex-start;margin:.5rem 0}
input[type=checkbox]{width:1.25rem;height:1.25rem;margin-top:.15rem}
.muted{color:var(--muted)}
h4{font-size:1rem;margin:1rem 0 .25rem}h5{font-size:1rem;margin:.25rem 0}
.visit{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;margin:.5rem 0}.visit button{margin:0 .5rem .25rem 0}
ol.thread{list-style:none;padding:0;margin:.5rem 0}ol.thread li{border-left:3px solid var(--line);padding:.25rem .75rem;margin:.5rem 0}
ol.thread li.from-team{border-color:var(--accent)}ol.thread p{margin:.25rem 0}.body{white-space:pre-wrap}
form.answer{display:block}label.stack{display:block;font-weight:600}
textarea{display:block;width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:1px solid #6b7280;border-radius:6px;margin:.25rem 0}
input[type=text],select{font:inherit;padding:.4rem .5rem;border:1px solid #6b7280;border-radius:6px;max-width:100%}fieldset{border:1px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.5rem .75rem}
pre{white-space:pre-wrap;font:.9rem/1.5 ui-monospace,monospace}
@media (prefers-reduced-motion:reduce){*{transition:none!important}}
`;

export interface PageProps {
  locale: Locale;
  title: string;
  /** Link to the same page in the other language, or none (e.g. after erasing). */
  switchHref?: string;
  /**
   * Referrer policy of the page (default `same-origin`). Pages whose URL is itself a capability
   * (the stop link) pass `no-referrer`; the response header says the same.
   */
  referrer?: 'same-origin' | 'no-referrer';
  children: Child;
}

/**
 * The frame of the public pages a seeker reaches by a personal link (manage page, stop link).
 * @example
 * render(<Layout locale="de" title="Benachrichtigungen beenden" referrer="no-referrer"><h1>…</h1></Layout>);
 */
export function Layout({ locale, title, switchHref, referrer = 'same-origin', children }: PageProps) {
  const t = messages(locale).manage;
  const other = otherLocale(locale);
  return (
    <Document lang={locale} title={`${title} – bring-together`} stylesheet={STYLESHEET_PATH} referrer={referrer} noindex skip={t.skip}>
      <>
        <header>
          <span>bring-together</span>
          {switchHref ? (
            <a href={switchHref} hreflang={other} lang={other}>
              {t.switchTo}
            </a>
          ) : null}
        </header>
        <main id="main" tabindex={-1}>
          {children}
        </main>
        <footer class="muted">{t.footer}</footer>
      </>
    </Document>
  );
}

export const render = documentHtml;

export interface ManagePageProps {
  locale: Locale;
  token: string;
  csrf: string;
  data: SeekerData;
  /** Outcome of the last action (PRG redirect), shown in a status region. */
  done?: string;
  /** Per initiative id, the buildings that fit it (worker/groups/properties.ts), for its founders. */
  groupProperties?: ReadonlyMap<string, PropertyForGroup[]>;
  /** Per live party (`pool:{id}`, `initiative:{id}`), who fits it (worker/groups/matches.ts). */
  groupMatches?: ReadonlyMap<string, GroupMatches | null>;
}

function Hidden({ csrf, locale }: { csrf: string; locale: Locale }) {
  return (
    <>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="lang" value={locale} />
    </>
  );
}

export function ManagePage({ locale, token, csrf, data, done, groupProperties, groupMatches }: ManagePageProps) {
  const t = messages(locale).manage;
  const base = `/manage/${token}`;
  const date = (ms: number | null | undefined) => (ms == null ? '–' : formatDate(ms, locale, 'long'));
  const message = done ? (t.done[done] ?? messages(locale).groups.done[done]) : undefined;
  const warn = done === 'group_failed' || done === 'interest_empty' || done === 'reports_limited' || done === 'readiness_invalid' || done === 'not_withdrawable' || done === 'confirm_missing' || done === 'message_empty' || done === 'visit_closed';
  const now = Date.now();
  return (
    <Layout locale={locale} title={t.title} switchHref={`${base}?lang=${otherLocale(locale)}`}>
      <h1>{t.title}</h1>
      <div role="status" aria-live="polite">
        {message ? <p class={warn ? 'notice warn' : 'notice'}>{message}</p> : null}
      </div>
      <p>{t.intro(data.email)}</p>

      <section aria-labelledby="requests">
        <h2 id="requests">{t.requests}</h2>
        {data.requests.length === 0 ? <p>{t.noRequests}</p> : null}
        {data.requests.map((r) => (
          <article class="card" aria-labelledby={`req-${r.id}`}>
            <h3 id={`req-${r.id}`}>
              {r.listing.title} <span class="muted">({r.listing.place})</span>
            </h3>
            <dl>
              <dt>{t.sent}</dt>
              <dd>{date(r.createdAt)}</dd>
              <dt>{t.status}</dt>
              <dd>{t.statuses[r.status] ?? r.status}</dd>
              <dt>{t.fit}</dt>
              <dd>{`${r.score} / 100`}</dd>
              <dt>{t.consent}</dt>
              <dd>
                <ul class="consent">
                  <li>{t.consentContact(r.consent.textVersion ?? '–', date(r.consent.contactAt))}</li>
                  {r.consent.shareNeedsAt ? <li>{t.consentNeeds(date(r.consent.shareNeedsAt))}</li> : null}
                  {r.consent.shareNeedsWithdrawnAt ? <li>{t.needsWithdrawn(date(r.consent.shareNeedsWithdrawnAt))}</li> : null}
                  {r.consent.withdrawnAt ? <li>{t.consentWithdrawn(date(r.consent.withdrawnAt))}</li> : null}
                </ul>
              </dd>
            </dl>
            <section class="conversation" id={`conversation-${r.id}`} aria-labelledby={`conv-${r.id}`}>
              <h4 id={`conv-${r.id}`}>{t.conversation(r.organization)}</h4>
              <ol class="thread">
                <li>
                  <p class="muted">
                    {t.you} · {date(r.createdAt)}
                  </p>
                  <p class="body">{r.message}</p>
                </li>
                {r.messages.map((m) => (
                  <li class={m.author === 'member' ? 'from-team' : undefined}>
                    <p class="muted">
                      {m.author === 'seeker' ? t.you : `${m.authorName}, ${r.organization}`} · {date(m.createdAt)}
                      {m.via === 'email' ? ` · ${t.viaEmail}` : ''}
                    </p>
                    <p class="body">{m.body}</p>
                  </li>
                ))}
              </ol>
              {r.visits.map((v) => (
                <div class="visit" role="group" aria-labelledby={`visit-${v.id}`}>
                  <h5 id={`visit-${v.id}`}>{t.visitTitle(v.kind)}</h5>
                  <dl>
                    <dt>{t.visitWhen}</dt>
                    <dd>{visitWhen(v, locale)}</dd>
                    <dt>{t.visitPlace}</dt>
                    <dd>{v.place}</dd>
                    <dt>{t.status}</dt>
                    <dd>{t.visitStates[v.state]}</dd>
                    {v.seekerOutcome ? (
                      <>
                        <dt>{t.yourOutcome}</dt>
                        <dd>{t.outcomes[v.seekerOutcome]}</dd>
                      </>
                    ) : null}
                  </dl>
                  {v.notes ? <p class="body">{v.notes}</p> : null}
                  {v.state === 'proposed' ? (
                    <form method="post" action={`${base}/visit`}>
                      <Hidden csrf={csrf} locale={locale} />
                      <input type="hidden" name="requestId" value={r.id} />
                      <input type="hidden" name="visitId" value={v.id} />
                      {VISIT_DECISIONS.map((d) => (
                        <button type="submit" name="decision" value={d}>
                          {d === 'accept' ? t.visitAccept(v.kind) : t.visitDecline(v.kind)}
                        </button>
                      ))}
                    </form>
                  ) : null}
                  {begun(v, now) ? (
                    <form method="post" action={`${base}/visit-outcome`}>
                      <Hidden csrf={csrf} locale={locale} />
                      <input type="hidden" name="requestId" value={r.id} />
                      <input type="hidden" name="visitId" value={v.id} />
                      <p>{t.outcomeQuestion}</p>
                      {VISIT_OUTCOMES.map((o) => (
                        <button type="submit" name="outcome" value={o}>
                          {t.outcomes[o]}
                        </button>
                      ))}
                    </form>
                  ) : null}
                </div>
              ))}
              {(WITHDRAWABLE as readonly string[]).includes(r.status) ? (
                <form method="post" action={`${base}/message`} class="answer">
                  <Hidden csrf={csrf} locale={locale} />
                  <input type="hidden" name="requestId" value={r.id} />
                  <input type="hidden" name="messageId" value={newFormMessageId()} />
                  <p>
                    <label class="stack" for={`answer-${r.id}`}>
                      {t.answerLabel(r.listing.title)}
                    </label>
                    <textarea id={`answer-${r.id}`} name="body" rows={4} maxlength={5000} required aria-describedby={`answer-hint-${r.id}`}></textarea>
                    <span id={`answer-hint-${r.id}`} class="muted">
                      {t.answerHint}
                    </span>
                  </p>
                  <button type="submit">{t.answerSend}</button>
                </form>
              ) : null}
            </section>
            {(WITHDRAWABLE as readonly string[]).includes(r.status) ? (
              <form method="post" action={`${base}/withdraw`}>
                <Hidden csrf={csrf} locale={locale} />
                <input type="hidden" name="requestId" value={r.id} />
                <button type="submit">{t.withdraw(r.listing.title)}</button>
              </form>
            ) : null}
            {r.consent.shareNeedsAt ? (
              <form method="post" action={`${base}/withdraw-needs`}>
                <Hidden csrf={csrf} locale={locale} />
                <input type="hidden" name="requestId" value={r.id} />
                <button type="submit">{t.withdrawNeeds(r.listing.title)}</button>
              </form>
            ) : null}
          </article>
        ))}
        <p class="muted">{t.retention}</p>
      </section>

      <section aria-labelledby="searches">
        <h2 id="searches">{t.searches}</h2>
        {data.searches.length === 0 ? <p>{t.noSearches}</p> : null}
        {data.searches.map((s, i) => (
          <article class="card" aria-labelledby={`search-${s.id}`}>
            <h3 id={`search-${s.id}`}>{`${t.search} ${i + 1}${s.embed ? ` – ${s.embed}` : ''}`}</h3>
            <dl>
              <dt>{t.created}</dt>
              <dd>{date(s.createdAt)}</dd>
              <dt>{t.confirmed}</dt>
              <dd>{s.confirmedAt ? date(s.confirmedAt) : t.notConfirmed}</dd>
            </dl>
            <form method="post" action={`${base}/delete-search`}>
              <Hidden csrf={csrf} locale={locale} />
              <input type="hidden" name="searchId" value={s.id} />
              <button type="submit">{t.deleteSearch(i + 1)}</button>
            </form>
          </article>
        ))}
      </section>

      <GroupsSection locale={locale} base={base} groups={data.groups} properties={groupProperties} matches={groupMatches} hidden={() => <Hidden csrf={csrf} locale={locale} />} />

      <section aria-labelledby="export">
        <h2 id="export">{t.exportTitle}</h2>
        <p>{t.exportText}</p>
        <p>
          <a href={`${base}/export`} download>
            {t.exportLink}
          </a>
        </p>
      </section>

      <section aria-labelledby="erase">
        <h2 id="erase">{t.eraseTitle}</h2>
        <p>{t.eraseText}</p>
        <form method="post" action={`${base}/erase`}>
          <Hidden csrf={csrf} locale={locale} />
          <label>
            <input type="checkbox" name="confirm" value="yes" required />
            <span>{t.eraseConfirm}</span>
          </label>
          <button type="submit" class="danger">
            {t.eraseButton}
          </button>
        </form>
      </section>
    </Layout>
  );
}

export function MessagePage({ locale, title, text }: { locale: Locale; title: string; text: string }) {
  return (
    <Layout locale={locale} title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
    </Layout>
  );
}
