/**
 * The groups' part of the manage page: the seeker's pool card as others see it (withdraw at once,
 * renew), their initiatives, and their interests (accept, decline, withdraw; contacts only where
 * both said yes). For a confirmed founder or co-founder of an open initiative: the buildings that
 * fit it, each with the municipality's checklist and a form to declare interest (with a separate
 * consent to the shortlist), and the form for what the checklists ask. Plain forms, like the rest
 * of the page.
 */
import { READINESS_TEXT_MAX } from '../api/groups';
import { LEGAL_FORMS, type Initiative } from '../db/schema';
import { guideHref, PATH_TOPIC } from '../guide/links';
import type { InterestView } from '../groups/interests';
import { interestLive, type PropertyForGroup } from '../groups/properties';
import { readinessItemText } from '../groups/readiness-text';
import type { GroupMatches } from '../groups/matches';
import type { SeekerGroups } from '../groups/seeker-data';
import { formatDate, formatMoney, messages, type Locale } from '../i18n';
import { listingPath } from '../listings/public-path';
import { band, FitReasons, HouseholdFacts, Matches, Moderation } from './groups-matches';

export interface GroupsSectionProps {
  locale: Locale;
  base: string;
  groups: SeekerGroups;
  /** The page's hidden fields (csrf, lang). */
  hidden: () => unknown;
  /** Per initiative id, the properties that fit it (only for members who may act for it). */
  properties?: ReadonlyMap<string, PropertyForGroup[]>;
  /** Per party (`pool:{id}`, `initiative:{id}`), who fits it; null while it is not live. */
  matches?: ReadonlyMap<string, GroupMatches | null>;
}


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
          {i.other ? (
            <Moderation
              locale={locale}
              base={base}
              party={party}
              to={`${i.otherRef.kind}:${i.otherRef.id}`}
              label={i.other.kind === 'initiative' ? messages(locale).groups.matches.initiative(i.other.name) : messages(locale).groups.matches.household}
              hidden={hidden}
            />
          ) : null}
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

type Hidden = () => unknown;

/** Invites a co-founder by mail (their own link); the form's id makes a second submission a no-op. */
function CofounderForm({ locale, base, memberId, hidden }: { locale: Locale; base: string; memberId: string; hidden: Hidden }) {
  const t = messages(locale).groups.manage;
  const id = (f: string) => `cof-${memberId}-${f}`;
  return (
    <form method="post" action={`${base}/cofounder`} class="answer">
      {hidden()}
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="formId" value={crypto.randomUUID()} />
      <fieldset>
        <legend>{t.cofounderLegend}</legend>
        <p class="muted">{t.cofounderHint}</p>
        <label class="stack" for={id('name')}>
          {t.cofounderName}
        </label>
        <input type="text" id={id('name')} name="name" maxlength={120} autocomplete="off" required />
        <label class="stack" for={id('email')}>
          {t.cofounderEmail}
        </label>
        <input type="email" id={id('email')} name="email" maxlength={254} autocomplete="off" required />
      </fieldset>
      <button type="submit">{t.cofounderInvite}</button>
    </form>
  );
}

/** What the checklists ask of the group: legal form, financing plan, contact person, concept. */
function ReadinessForm({ locale, base, memberId, initiative, hidden }: { locale: Locale; base: string; memberId: string; initiative: Initiative; hidden: Hidden }) {
  const t = messages(locale).groups.readinessFields;
  const id = (f: string) => `rf-${memberId}-${f}`;
  /** A labelled text field with its hint; `rows` 0 is a one-line input (the contact person's name). */
  const field = (name: keyof typeof READINESS_TEXT_MAX, rows: number, label: string, hint: string) => (
    <p>
      <label class="stack" for={id(name)}>
        {label}
      </label>
      {rows === 0 ? (
        <input type="text" id={id(name)} name={name} value={initiative[name] ?? ''} maxlength={READINESS_TEXT_MAX[name]} autocomplete="name" aria-describedby={id(`${name}-hint`)} />
      ) : (
        <textarea id={id(name)} name={name} rows={rows} maxlength={READINESS_TEXT_MAX[name]} aria-describedby={id(`${name}-hint`)}>
          {initiative[name] ?? ''}
        </textarea>
      )}
      <span id={id(`${name}-hint`)} class="muted">
        {hint}
      </span>
    </p>
  );
  return (
    <form method="post" action={`${base}/readiness`} class="answer">
      {hidden()}
      <input type="hidden" name="memberId" value={memberId} />
      <fieldset>
        <legend>{t.title}</legend>
        <p class="muted">{t.intro}</p>
        <p>
          <label class="stack" for={id('legalForm')}>
            {t.legalForm}
          </label>
          <select id={id('legalForm')} name="legalForm">
            <option value="" selected={!initiative.legalForm}>
              {t.legalFormNone}
            </option>
            {LEGAL_FORMS.map((f) => (
              <option value={f} selected={initiative.legalForm === f}>
                {band(f, locale)}
              </option>
            ))}
          </select>
        </p>
        {field('financingPlan', 3, t.financingPlan, t.financingPlanHint)}
        {field('contactPerson', 0, t.contactPerson, t.contactPersonHint)}
        {field('concept', 5, t.concept, t.conceptHint)}
      </fieldset>
      <button type="submit">{t.save}</button>
    </form>
  );
}

/** One building that fits: facts, reasons and watch-outs, the municipality's checklist, and the interest forms. */
function PropertyCard({ locale, base, memberId, entry, hidden }: { locale: Locale; base: string; memberId: string; entry: PropertyForGroup; hidden: Hidden }) {
  const t = messages(locale).groups.properties;
  const { property: p, fit, readiness, interest, criteria } = entry;
  const live = interestLive(interest);
  const key = `prop-${memberId}-${p.id}`;
  const facts = [p.place, t.units(p.freePlaces > 0 ? p.freePlaces : p.unitsTotal)];
  if (p.equityRequiredCents > 0) facts.push(t.price(formatMoney(p.equityRequiredCents, locale)));
  if (p.monthlyCostMinCents !== null) facts.push(t.cost(formatMoney(p.monthlyCostMinCents, locale)));
  return (
    <article class="visit" aria-labelledby={key} data-property={p.id}>
      <h5 id={key}>
        <a href={`${listingPath(p.id, p.title)}?lang=${locale}`}>{p.title}</a>
      </h5>
      <p class="muted">
        {facts.join(' · ')} · {t.score(fit.score)}
      </p>
      <FitReasons locale={locale} reasons={fit.reasons} watchOuts={fit.watchOuts} />
      <p data-readiness={String(readiness.ready)}>{t.checklist(readiness.met, readiness.total)}</p>
      <ul class="consent">
        {readiness.items.map((i) => (
          <li data-met={String(i.met)}>
            <span aria-hidden="true">{i.met ? '✓' : '○'}</span> {readinessItemText(i, locale)} – {i.met ? t.met : t.open}
          </li>
        ))}
      </ul>
      {readiness.ready ? <p>{t.ready}</p> : null}
      <p class="muted">{t.others(entry.otherInitiatives)}</p>
      {live ? (
        <p>
          {t.declared(formatDate(interest!.declaredAt, locale, 'long'))} {interest!.shortlistConsentAt !== null ? t.onShortlist : t.notOnShortlist}
          {interest!.takenOnAt !== null ? ` ${t.takenOn}` : ''}
        </p>
      ) : null}
      <form method="post" action={`${base}/property-interest`} class="answer">
        {hidden()}
        <input type="hidden" name="memberId" value={memberId} />
        <input type="hidden" name="listingId" value={p.id} />
        <input type="hidden" name="decision" value="declare" />
        <fieldset>
          <legend>{t.declareLegend(p.title)}</legend>
          <label>
            <input type="checkbox" name="shortlistConsent" value="yes" checked={live && interest!.shortlistConsentAt !== null} aria-describedby={`${key}-consent-hint`} />
            <span>{t.consent}</span>
          </label>
          <p id={`${key}-consent-hint`} class="muted">
            {t.consentHint}
          </p>
          {criteria.custom.length ? (
            <fieldset>
              <legend>{t.customLegend}</legend>
              {criteria.custom.map((c) => (
                <label>
                  <input type="checkbox" name={`custom_${c.id}`} value="yes" checked={live && interest!.customMet.includes(c.id)} />
                  <span>{(locale === 'en' ? c.label.en : undefined) || c.label.de}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
        </fieldset>
        <button type="submit">{live ? t.update : t.declare}</button>
      </form>
      {live ? (
        <form method="post" action={`${base}/property-interest`}>
          {hidden()}
          <input type="hidden" name="memberId" value={memberId} />
          <input type="hidden" name="listingId" value={p.id} />
          <input type="hidden" name="decision" value="withdraw" />
          <button type="submit">{t.withdraw}</button>
        </form>
      ) : null}
    </article>
  );
}

function InitiativeProperties({ locale, base, memberId, initiative, list, hidden }: { locale: Locale; base: string; memberId: string; initiative: Initiative; list: PropertyForGroup[] | undefined; hidden: Hidden }) {
  const t = messages(locale).groups.properties;
  return (
    <>
      <h4>{t.title}</h4>
      {list === undefined ? (
        <p class="muted">{t.notLive}</p>
      ) : (
        <>
          <p class="muted">{t.intro}</p>
          {list.length === 0 ? <p>{t.none}</p> : list.map((entry) => <PropertyCard locale={locale} base={base} memberId={memberId} entry={entry} hidden={hidden} />)}
          <ReadinessForm locale={locale} base={base} memberId={memberId} initiative={initiative} hidden={hidden} />
        </>
      )}
    </>
  );
}

export function GroupsSection({ locale, base, groups, hidden, properties, matches }: GroupsSectionProps) {
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
            <HouseholdFacts locale={locale} card={entry.card} text={entry.text} />
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
          <Matches locale={locale} base={base} party={`pool:${entry.id}`} found={matches?.get(`pool:${entry.id}`) ?? null} interests={interests} hidden={hidden} />
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
          {member.confirmedAt !== null && initiative.state === 'open' ? <CofounderForm locale={locale} base={base} memberId={member.id} hidden={hidden} /> : null}
          <h4>{t.interestsTitle}</h4>
          <Interests locale={locale} base={base} interests={interests} party={`initiative:${initiative.id}`} hidden={hidden} />
          <Matches locale={locale} base={base} party={`initiative:${initiative.id}`} found={matches?.get(`initiative:${initiative.id}`) ?? null} interests={interests} hidden={hidden} />
          <InitiativeProperties locale={locale} base={base} memberId={member.id} initiative={initiative} list={properties?.get(initiative.id)} hidden={hidden} />
        </article>
      ))}
    </section>
  );
}
