/**
 * The guide's pages: the overview (`/guide`), one page per section (`/guide/{section}`, each entry
 * an `<article>` whose id is its anchor) and the kind page for an unknown section. Server rendered
 * without any script in the frame of worker/http/document.tsx; the words around the content come
 * from the `guide` catalogue, the content from worker/guide/content/v1.json.
 */
import type { Child } from 'hono/jsx';
import type { PublicAdviceOffice } from '../../guide/advice';
import { guideCheckedAt, guideContent, type GuideBlock, type GuideEntry, type GuideSectionContent } from '../../guide/content';
import { guideHref, guideOverviewHref } from '../../guide/links';
import { Document } from '../../http/document';
import { formatDate, messages, otherLocale, type Locale } from '../../i18n';

export const STYLESHEET_PATH = '/guide.css';

/** What every guide page needs to link within the guide: its language and, from an embed, the key. */
export interface GuideNav {
  locale: Locale;
  embed?: string;
}

/** The overview's address, keeping the language and the embed's key. */
export const overviewHref = (nav: GuideNav, locale: Locale = nav.locale): string => guideOverviewHref({ locale, embed: nav.embed });

const sectionHref = (nav: GuideNav, section: GuideSectionContent['id'], locale: Locale = nav.locale, entry?: string) =>
  guideHref({ section, entry }, { locale, embed: nav.embed });

const day = (iso: string, locale: Locale) => formatDate(Date.parse(`${iso}T12:00:00Z`), locale);

export interface AdviceBlock {
  organization: string;
  offices: PublicAdviceOffice[];
}

function Frame(p: { nav: GuideNav; title: string; switchHref: string; head?: Child; noindex?: boolean; advice: AdviceBlock | null; children: Child }) {
  const { locale } = p.nav;
  const t = messages(locale).guide;
  const other = otherLocale(locale);
  return (
    <Document lang={locale} title={`${p.title} – ${t.siteName}`} stylesheet={STYLESHEET_PATH} referrer="strict-origin-when-cross-origin" noindex={p.noindex} skip={t.skip} head={p.head}>
      <>
        <header class="site">
          <a class="brand" href={overviewHref(p.nav)}>
            {t.title}
          </a>
          <a href={p.switchHref} hreflang={other} lang={other}>
            {t.switchTo}
          </a>
        </header>
        <main id="main" tabindex={-1}>
          {p.children}
          {p.advice ? <Advice locale={locale} advice={p.advice} /> : null}
          <p class="note">{t.disclaimer}</p>
        </main>
        <footer class="site">
          <p>{t.version(guideContent.version, day(guideCheckedAt(), locale))}</p>
        </footer>
      </>
    </Document>
  );
}

function Blocks({ blocks, locale }: { blocks: GuideBlock[]; locale: Locale }) {
  return (
    <>
      {blocks.map((b) =>
        'p' in b ? (
          <p>{b.p[locale]}</p>
        ) : 'h' in b ? (
          <h3>{b.h[locale]}</h3>
        ) : (
          <ul>
            {b.list.map((item) => (
              <li>{item[locale]}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

function Advice({ locale, advice }: { locale: Locale; advice: AdviceBlock }) {
  const t = messages(locale).guide.advice;
  return (
    <section class="advice" aria-labelledby="advice-h">
      <h2 id="advice-h">{t.title}</h2>
      <p>{t.intro(advice.organization)}</p>
      <ul>
        {advice.offices.map((o) => (
          <li>
            <h3>{o.name}</h3>
            <dl>
              <dt>{t.hours}</dt>
              <dd>{o.hours}</dd>
              {o.phone ? (
                <>
                  <dt>{t.phone}</dt>
                  <dd>
                    <a href={`tel:${o.phone.replace(/[^+0-9]/g, '')}`}>{o.phone}</a>
                  </dd>
                </>
              ) : null}
              {o.email ? (
                <>
                  <dt>{t.email}</dt>
                  <dd>
                    <a href={`mailto:${o.email}`}>{o.email}</a>
                  </dd>
                </>
              ) : null}
              {o.website ? (
                <>
                  <dt>{t.website}</dt>
                  <dd>
                    <a href={o.website} rel="noopener">
                      {o.website}
                    </a>
                  </dd>
                </>
              ) : null}
              {o.address ? (
                <>
                  <dt>{t.address}</dt>
                  <dd>{o.address}</dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface PageProps {
  nav: GuideNav;
  advice: AdviceBlock | null;
  head: Child;
}

export function OverviewPage(p: PageProps) {
  const { locale } = p.nav;
  const t = messages(locale).guide;
  return (
    <Frame nav={p.nav} title={t.title} switchHref={overviewHref(p.nav, otherLocale(locale))} head={p.head} advice={p.advice}>
      <h1>{t.title}</h1>
      <p class="lead">{t.overviewIntro}</p>
      {guideContent.sections.map((s) => (
        <section aria-labelledby={`${s.id}-h`}>
          <h2 id={`${s.id}-h`}>
            <a href={sectionHref(p.nav, s.id)}>{s.title[locale]}</a>
          </h2>
          <Blocks blocks={s.intro} locale={locale} />
          <ul class="topics" aria-label={t.entriesOf(s.title[locale])}>
            {s.entries.map((e) => (
              <li>
                <a href={sectionHref(p.nav, s.id, locale, e.id)}>{e.title[locale]}</a>
                <p>{e.summary[locale]}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Frame>
  );
}

function Entry({ entry, locale }: { entry: GuideEntry; locale: Locale }) {
  const t = messages(locale).guide;
  return (
    <article class="entry" id={entry.id} aria-labelledby={`${entry.id}-h`}>
      <h2 id={`${entry.id}-h`}>{entry.title[locale]}</h2>
      <p class="lead">{entry.summary[locale]}</p>
      <Blocks blocks={entry.body} locale={locale} />
      <div class="sources">
        <h3>{t.sources}</h3>
        <ul>
          {entry.sources.map((s) => (
            <li>
              <a href={s.url} rel="noopener">
                {s.title}
              </a>
              {` – ${s.publisher}`}
            </li>
          ))}
        </ul>
        <p class="checked">{t.checked(day(entry.checked, locale))}</p>
      </div>
    </article>
  );
}

export function SectionPage(p: PageProps & { section: GuideSectionContent }) {
  const { locale } = p.nav;
  const t = messages(locale).guide;
  const s = p.section;
  return (
    <Frame nav={p.nav} title={s.title[locale]} switchHref={sectionHref(p.nav, s.id, otherLocale(locale))} head={p.head} advice={p.advice}>
      <p>
        <a href={overviewHref(p.nav)}>{t.overview}</a>
      </p>
      <h1>{s.title[locale]}</h1>
      <Blocks blocks={s.intro} locale={locale} />
      <nav class="toc" aria-labelledby="toc-h">
        <h2 id="toc-h">{t.contents}</h2>
        <ul>
          {s.entries.map((e) => (
            <li>
              <a href={`#${e.id}`}>{e.title[locale]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {s.entries.map((e) => (
        <Entry entry={e} locale={locale} />
      ))}
      <nav aria-label={t.sections}>
        <ul>
          {guideContent.sections
            .filter((other) => other.id !== s.id)
            .map((other) => (
              <li>
                <a href={sectionHref(p.nav, other.id)}>{other.title[locale]}</a>
              </li>
            ))}
        </ul>
      </nav>
    </Frame>
  );
}

/** An unknown section: 404 with a way to the overview. */
export function MissingPage(p: { nav: GuideNav }) {
  const { locale } = p.nav;
  const t = messages(locale).guide;
  return (
    <Frame nav={p.nav} title={t.missing.title} switchHref={overviewHref(p.nav, otherLocale(locale))} noindex advice={null}>
      <h1>{t.missing.title}</h1>
      <p>{t.missing.text}</p>
      <p>
        <a href={overviewHref(p.nav)}>{t.overview}</a>
      </p>
    </Frame>
  );
}
