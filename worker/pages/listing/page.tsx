/**
 * A listing's public page and its kind pages (410 not listed now, 404 no such listing), server
 * rendered without any script: the frame of worker/http/document.tsx, one same-origin stylesheet,
 * every word from the `listingPage` catalogue or the listing's own data.
 */
import type { Child } from 'hono/jsx';
import type { Listing } from '../../db/schema';
import { guideHref, LEGAL_FORM_TOPIC, STAGE_TOPIC } from '../../guide/links';
import { Document } from '../../http/document';
import { messages, otherLocale, type Locale } from '../../i18n';
import type { PlaceMap } from '../../listings/place-map';
import type { ProjectStep } from '../../listings/project-side';
import type { Fact } from './facts';
import { PlaceMapSvg } from './map';

export const STYLESHEET_PATH = '/listing-page.css';

function Frame(p: { locale: Locale; title: string; switchHref: string; head?: Child; noindex?: boolean; children: Child }) {
  const t = messages(p.locale).listingPage;
  const other = otherLocale(p.locale);
  return (
    <Document lang={p.locale} title={`${p.title} – ${t.siteName}`} stylesheet={STYLESHEET_PATH} referrer="strict-origin-when-cross-origin" noindex={p.noindex} skip={t.skip} head={p.head}>
      <>
        <header class="site">
          <span class="brand">{t.siteName}</span>
          <a href={p.switchHref} hreflang={other} lang={other}>
            {t.switchTo}
          </a>
        </header>
        <main id="main" tabindex={-1}>
          {p.children}
        </main>
        <footer class="site">
          <a href={guideHref({ section: 'path' }, { locale: p.locale })}>{t.guide}</a>
        </footer>
      </>
    </Document>
  );
}

export interface ListingPageProps {
  locale: Locale;
  listing: Pick<Listing, 'id' | 'kind' | 'title' | 'summary' | 'description' | 'place' | 'stage' | 'legalForm'>;
  photos: { url: string; alt: string }[];
  facts: Fact[];
  projectSide: ProjectStep[];
  map: PlaceMap | null;
  fitHref: string | null;
  switchHref: string;
  head: Child;
}

export function ListingPage(p: ListingPageProps) {
  const { locale, listing } = p;
  const t = messages(locale).listingPage;
  const names = messages(locale).admin.listings;
  const stage = names.stage[listing.stage] ?? listing.stage;
  const form = names.legalForm[listing.legalForm] ?? listing.legalForm;
  return (
    <Frame locale={locale} title={t.titleWithPlace(listing.title, listing.place)} switchHref={p.switchHref} head={p.head}>
      <article class="listing" aria-labelledby="listing-title">
        <p class="kicker">{t.kicker(names.kind[listing.kind] ?? listing.kind, listing.place)}</p>
        <h1 id="listing-title">{listing.title}</h1>
        <p class="lead">{listing.summary}</p>

        {p.photos.length ? (
          <section aria-labelledby="photos-h">
            <h2 id="photos-h" class="visually-hidden">
              {t.photos}
            </h2>
            <ul class="photos">
              {p.photos.map((photo, i) => (
                <li>
                  <img src={photo.url} alt={photo.alt} width="640" height="400" loading={i === 0 ? 'eager' : 'lazy'} decoding="async" />
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <FitBox locale={locale} href={p.fitHref} />

        <section aria-labelledby="facts-h">
          <h2 id="facts-h">{t.facts}</h2>
          <dl class="facts">
            {p.facts.map((f) => (
              <div>
                <dt>{f.label}</dt>
                <dd>{f.href ? <a href={f.href} rel="noopener">{f.value}</a> : f.value}</dd>
              </div>
            ))}
          </dl>
        </section>

        <section aria-labelledby="about-h">
          <h2 id="about-h">{t.about}</h2>
          <p class="body">{listing.description}</p>
        </section>

        <section aria-labelledby="stage-h">
          <h2 id="stage-h">{t.stageAndForm}</h2>
          <h3>{stage}</h3>
          <p>{t.stageExplained[listing.stage]}</p>
          <p>
            <a href={guideHref(STAGE_TOPIC[listing.stage], { locale })}>{t.guideStage(stage)}</a>
          </p>
          <h3>{form}</h3>
          <p>{t.legalFormExplained[listing.legalForm]}</p>
          <p>
            <a href={guideHref(LEGAL_FORM_TOPIC[listing.legalForm], { locale })}>{t.guideLegalForm(form)}</a>
          </p>
        </section>

        {p.projectSide.length ? (
          <section aria-labelledby="side-h">
            <h2 id="side-h">{t.projectSide}</h2>
            <p>{t.projectSideIntro}</p>
            {p.projectSide.map((step) => (
              <>
                <h3>{step.title}</h3>
                <dl class="answers">
                  {step.answers.map((a) => (
                    <div>
                      <dt>{a.label}</dt>
                      <dd>
                        {a.answer}
                        {a.importance ? <span class="importance">{` ${t.importance(a.importance)}`}</span> : null}
                      </dd>
                    </div>
                  ))}
                </dl>
              </>
            ))}
          </section>
        ) : null}

        {p.map ? (
          <section aria-labelledby="map-h">
            <h2 id="map-h">{t.map}</h2>
            <figure class="map">
              <PlaceMapSvg map={p.map} locale={locale} />
              <figcaption>{t.mapNote}</figcaption>
            </figure>
          </section>
        ) : null}

      </article>
    </Frame>
  );
}

function FitBox({ locale, href }: { locale: Locale; href: string | null }) {
  const t = messages(locale).listingPage;
  return (
    <section class="fit" aria-labelledby="fit-h">
      <h2 id="fit-h">{t.fitTitle}</h2>
      <p>{href ? t.fitText : t.fitNone}</p>
      {href ? (
        <p>
          <a class="button" href={href}>
            {t.fitLink}
          </a>
        </p>
      ) : null}
    </section>
  );
}

/** The kind page of a listing that is not listed now (410) or does not exist here (404). */
export function NotListedPage(p: { locale: Locale; status: 404 | 410; title?: string; switchHref: string }) {
  const t = messages(p.locale).listingPage;
  const heading = p.status === 410 ? t.gone.title : t.missing.title;
  return (
    <Frame locale={p.locale} title={heading} switchHref={p.switchHref} noindex>
      <h1>{heading}</h1>
      <p>{p.status === 410 ? t.gone.text(p.title ?? '') : t.missing.text}</p>
      <p>{t.gone.next}</p>
      <p>
        <a class="button" href={guideHref({ section: 'path' }, { locale: p.locale })}>
          {t.guide}
        </a>
      </p>
    </Frame>
  );
}
