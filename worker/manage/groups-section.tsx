/**
 * The groups' part of the manage page: the seeker's pool card as others see it (withdraw at once,
 * renew), their initiatives, and their interests (accept, decline, withdraw; contacts only where
 * both said yes). Plain forms, like the rest of the page.
 */
import { guideHref, PATH_TOPIC } from '../guide/links';
import type { InterestView } from '../groups/interests';
import type { SeekerGroups } from '../groups/seeker-data';
import { formatDate, messages, type Locale } from '../i18n';

export interface GroupsSectionProps {
  locale: Locale;
  base: string;
  groups: SeekerGroups;
  /** The page's hidden fields (csrf, lang). */
  hidden: () => unknown;
}

/** A band's words: the dashboard's labels of the same bands. */
const band = (value: string, locale: Locale) => (messages(locale).dashboard.values as Record<string, string>)[value] ?? value;

function Interests({ locale, base, interests, party, hidden }: { locale: Locale; base: string; interests: InterestView[]; party: string; hidden: () => unknown }) {
  const t = messages(locale).groups.manage;
  if (interests.length === 0) return <p>{t.noInterests}</p>;
  return (
    <ul class="consent">
      {interests.map((i) => (
        <li>
          <p>
            {i.direction === 'incoming' ? t.incoming : t.outgoing} · {formatDate(i.createdAt, locale, 'long')} · {t.states[i.state] ?? i.state}
          </p>
          <p class="body">{i.other?.kind === 'initiative' ? `${i.other.name}: ${i.message}` : i.message}</p>
          {i.contacts ? (
            <p>
              {t.contacts}: {i.contacts.map((c) => `${c.name} <${c.email}>`).join(', ')}
            </p>
          ) : null}
          {i.state === 'pending' && i.direction === 'incoming'
            ? (['accept', 'decline'] as const).map((decision) => (
                <form method="post" action={`${base}/interest`}>
                  {hidden()}
                  <input type="hidden" name="party" value={party} />
                  <input type="hidden" name="interestId" value={i.id} />
                  <input type="hidden" name="decision" value={decision} />
                  <button type="submit">{decision === 'accept' ? t.accept : t.decline}</button>
                </form>
              ))
            : null}
          {i.state === 'pending' || i.state === 'accepted' ? (
            <form method="post" action={`${base}/interest`}>
              {hidden()}
              <input type="hidden" name="party" value={party} />
              <input type="hidden" name="interestId" value={i.id} />
              <input type="hidden" name="decision" value="withdraw" />
              <button type="submit">{t.withdrawInterest}</button>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function GroupsSection({ locale, base, groups, hidden }: GroupsSectionProps) {
  if (groups.pool.length === 0 && groups.initiatives.length === 0) return null;
  const t = messages(locale).groups.manage;
  return (
    <section aria-labelledby="groups">
      <h2 id="groups">{t.title}</h2>
      <p>
        <a href={guideHref(PATH_TOPIC.founding, { locale })}>{t.guideFounding}</a>
      </p>
      {groups.pool.map(({ entry, interests }) => (
        <article class="card" aria-labelledby={`pool-${entry.id}`}>
          <h3 id={`pool-${entry.id}`}>{t.poolTitle}</h3>
          <p class="muted">{t.poolIntro}</p>
          <dl>
            <dt>{t.household}</dt>
            <dd>{band(entry.card.householdType, locale)}</dd>
            <dt>{t.size}</dt>
            <dd>{band(entry.card.sizeBand, locale)}</dd>
            <dt>{t.ages}</dt>
            <dd>{entry.card.ageBands.map((a) => band(a, locale)).join(', ') || '–'}</dd>
            <dt>{t.budget}</dt>
            <dd>{band(entry.card.budgetBand, locale)}</dd>
            <dt>{t.equity}</dt>
            <dd>{band(entry.card.equityBand, locale)}</dd>
            <dt>{t.timeline}</dt>
            <dd>{band(entry.card.timeline, locale)}</dd>
            <dt>{t.text}</dt>
            <dd class="body">{entry.text}</dd>
            <dt>{t.visibleUntil}</dt>
            <dd>{entry.confirmedAt ? formatDate(entry.expiresAt, locale, 'long') : t.notConfirmed}</dd>
          </dl>
          <form method="post" action={`${base}/pool-withdraw`}>
            {hidden()}
            <input type="hidden" name="entryId" value={entry.id} />
            <button type="submit" class="danger">
              {t.withdrawPool}
            </button>
          </form>
          {entry.confirmedAt ? (
            <form method="post" action={`${base}/pool-renew`}>
              {hidden()}
              <input type="hidden" name="entryId" value={entry.id} />
              <button type="submit">{t.renewPool}</button>
            </form>
          ) : null}
          <h4>{t.interestsTitle}</h4>
          <Interests locale={locale} base={base} interests={interests} party={`pool:${entry.id}`} hidden={hidden} />
        </article>
      ))}
      {groups.initiatives.map(({ member, initiative, interests }) => (
        <article class="card" aria-labelledby={`ini-${member.id}`}>
          <h3 id={`ini-${member.id}`}>{initiative.name}</h3>
          <p class="muted">
            {t.role[member.role] ?? member.role} · {t.openPlaces(initiative.openPlaces)}
          </p>
          <p class="body">{initiative.text}</p>
          <form method="post" action={`${base}/leave`}>
            {hidden()}
            <input type="hidden" name="memberId" value={member.id} />
            <button type="submit">{t.leaveInitiative}</button>
          </form>
          <h4>{t.interestsTitle}</h4>
          <Interests locale={locale} base={base} interests={interests} party={`initiative:${initiative.id}`} hidden={hidden} />
        </article>
      ))}
    </section>
  );
}
