/**
 * "Wer zu Ihnen passt" on the manage page: for a live pool card the fitting initiatives and
 * households, for a founder of an open initiative the fitting households (worker/groups/matches.ts,
 * the same two-sided ranking as `GET /v1/groups/{token}/matches`), each as others see it — bands
 * and a text, never a name — with its reasons and watch-outs and a form to send an interest with a
 * short message. Parties there is an interest with already are left out: they are in the list of
 * interests above. Also the pieces the rest of the groups section shares: a household's bands and
 * a fit's reasons.
 */
import type { InterestView } from '../groups/interests';
import type { GroupMatches } from '../groups/matches';
import type { HouseholdCard } from '../db/json';
import { INTEREST_MESSAGE_MAX, REPORT_NOTE_MAX } from '../groups/interests';
import { REPORT_REASONS } from '../db/schema';
import { messages, type Locale } from '../i18n';
import { localizeReasons, reasonViewFor, type ReasonView } from '../matching/reasons';
import type { Reason } from '../matching/types';

type Hidden = () => unknown;

/** A band's words: the dashboard's labels of the same bands. */
export const band = (value: string, locale: Locale) => (messages(locale).dashboard.values as Record<string, string>)[value] ?? value;

/** A household card's bands and text as `<dt>`/`<dd>` pairs (the caller's `<dl>`). */
export function HouseholdFacts({ locale, card, text }: { locale: Locale; card: HouseholdCard; text: string }) {
  const t = messages(locale).groups.manage;
  return (
    <>
      <dt>{t.household}</dt>
      <dd>{band(card.householdType, locale)}</dd>
      <dt>{t.size}</dt>
      <dd>{band(card.sizeBand, locale)}</dd>
      <dt>{t.ages}</dt>
      <dd>{card.ageBands.map((a) => band(a, locale)).join(', ') || '–'}</dd>
      <dt>{t.budget}</dt>
      <dd>{band(card.budgetBand, locale)}</dd>
      <dt>{t.equity}</dt>
      <dd>{band(card.equityBand, locale)}</dd>
      <dt>{t.timeline}</dt>
      <dd>{band(card.timeline, locale)}</dd>
      <dt>{t.text}</dt>
      <dd class="body">{text}</dd>
    </>
  );
}

/** What fits and what to watch out for, in the reader's language and from the reader's side (worker/matching/reasons.ts `ReasonView`). */
export function FitReasons({ locale, reasons, watchOuts, view = 'seeker' }: { locale: Locale; reasons: Reason[]; watchOuts: Reason[]; view?: ReasonView }) {
  const t = messages(locale).groups.properties;
  return (
    <>
      {reasons.length ? (
        <>
          <p>{t.reasons}</p>
          <ul class="consent">
            {localizeReasons(reasons, locale, view).map((r) => (
              <li>{r.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {watchOuts.length ? (
        <>
          <p>{t.watchOuts}</p>
          <ul class="consent" data-watch-outs="">
            {localizeReasons(watchOuts, locale, view).map((r) => (
              <li>{r.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/**
 * Block or report another party (a card offered, or the other side of an interest): blocking hides
 * both from each other; a report also tells the region's municipality.
 */
export function Moderation({ locale, base, party, to, label, hidden }: { locale: Locale; base: string; party: string; to: string; label: string; hidden: Hidden }) {
  const t = messages(locale).groups.moderation;
  const id = `mod-${party.replace(':', '-')}-${to.replace(':', '-')}`;
  const refs = (
    <>
      <input type="hidden" name="party" value={party} />
      <input type="hidden" name="to" value={to} />
    </>
  );
  return (
    <div class="moderation">
      <form method="post" action={`${base}/block`}>
        {hidden()}
        {refs}
        <button type="submit" aria-label={t.blockLabel(label)} aria-describedby={`${id}-hint`}>
          {t.block}
        </button>
        <span id={`${id}-hint`} class="muted">
          {' '}
          {t.blockHint}
        </span>
      </form>
      <details>
        <summary>{t.report}</summary>
        <form method="post" action={`${base}/report`} class="answer">
          {hidden()}
          {refs}
          <label class="stack" for={`${id}-reason`}>
            {t.reason}
          </label>
          <select id={`${id}-reason`} name="reason">
            {REPORT_REASONS.map((r) => (
              <option value={r}>{t.reasons[r]}</option>
            ))}
          </select>
          <label class="stack" for={`${id}-note`}>
            {t.note}
          </label>
          <textarea id={`${id}-note`} name="note" rows={2} maxlength={REPORT_NOTE_MAX}></textarea>
          <button type="submit" aria-label={t.sendLabel(label)}>
            {t.send}
          </button>
        </form>
      </details>
    </div>
  );
}

export interface MatchesProps {
  locale: Locale;
  base: string;
  /** The acting party, `pool:{id}` or `initiative:{id}` (the form's `party`). */
  party: string;
  /** Null while the party is not live (unconfirmed, expired, closed). */
  found: GroupMatches | null;
  /** The party's interests: whoever is in them is not offered again. */
  interests: InterestView[];
  hidden: Hidden;
}

const reasonView = (reader: string, other: string) => reasonViewFor(reader.startsWith('pool:') ? 'pool' : 'initiative', other.startsWith('pool:') ? 'pool' : 'initiative');

export function Matches({ locale, base, party, found, interests, hidden }: MatchesProps) {
  const t = messages(locale).groups.matches;
  const tp = messages(locale).groups.properties;
  const intro = party.startsWith('pool:') ? t.introPool : t.introInitiative;
  if (!found) {
    return (
      <>
        <h4>{t.title}</h4>
        <p class="muted">{t.notLive}</p>
      </>
    );
  }
  const known = new Set(interests.map((i) => `${i.otherRef.kind}:${i.otherRef.id}`));
  const offers = [
    ...found.initiatives.map((r) => ({ ref: `initiative:${r.party.id}`, label: t.initiative(r.party.name), fit: r.fit, initiative: r.party, household: null })),
    ...found.pool.map((r) => ({ ref: `pool:${r.party.id}`, label: t.household, fit: r.fit, initiative: null, household: r.party })),
  ]
    .filter((o) => !known.has(o.ref))
    .sort((a, b) => b.fit.score - a.fit.score);
  const key = (ref: string) => `match-${party.replace(':', '-')}-${ref.replace(':', '-')}`;
  return (
    <>
      <h4>{t.title}</h4>
      <p class="muted">{intro}</p>
      {offers.length === 0 ? <p>{t.none}</p> : null}
      {offers.map((o) => (
        <article class="visit" aria-labelledby={key(o.ref)} data-party={o.ref}>
          <h5 id={key(o.ref)}>{o.label}</h5>
          <p class="muted">{tp.score(o.fit.score)}</p>
          {o.initiative ? (
            <>
              <p>
                {t.households(o.initiative.households.households, o.initiative.households.adults, o.initiative.households.children)} ·{' '}
                {messages(locale).groups.manage.openPlaces(o.initiative.openPlaces)}
              </p>
              <p class="body">{o.initiative.text}</p>
            </>
          ) : (
            <dl>
              <HouseholdFacts locale={locale} card={o.household!.card} text={o.household!.text} />
            </dl>
          )}
          <FitReasons locale={locale} reasons={o.fit.reasons} watchOuts={o.fit.watchOuts} view={reasonView(party, o.ref)} />
          <form method="post" action={`${base}/send-interest`} class="answer">
            {hidden()}
            <input type="hidden" name="party" value={party} />
            <input type="hidden" name="to" value={o.ref} />
            {/* One id per rendered form: sending it twice (a double click, a reload) sends one interest. */}
            <input type="hidden" name="formId" value={crypto.randomUUID()} />
            <label class="stack" for={`${key(o.ref)}-message`}>
              {t.message}
            </label>
            <p id={`${key(o.ref)}-hint`} class="muted">
              {t.messageHint}
            </p>
            <textarea id={`${key(o.ref)}-message`} name="message" rows={3} maxlength={INTEREST_MESSAGE_MAX} required aria-describedby={`${key(o.ref)}-hint`}></textarea>
            <button type="submit" aria-label={t.sendLabel(o.label)}>
              {t.send}
            </button>
          </form>
          <Moderation locale={locale} base={base} party={party} to={o.ref} label={o.label} hidden={hidden} />
        </article>
      ))}
    </>
  );
}
