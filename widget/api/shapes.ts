/**
 * Wire shapes of the public API, all inferred from the server's zod schemas
 * (`worker/api/schemas.ts`): type-only, so they compile away and add no bytes. A schema change
 * the widget cannot handle fails `tsc` where the widget reads or sends the field.
 */
import type { ContactRequestInput, EmbedConfig, FitResponse, Match, Problem, SavedSearchInput } from '../../worker/api/schemas';

export type {
  Alternative,
  ContactRequestCreated,
  EmbedConfig,
  FitRequest,
  FitResponse,
  ListingDetail,
  ListingSummary,
  Match,
  MatchesRequest,
  MatchesResponse,
  Problem,
} from '../../worker/api/schemas';
export type { BrowseListing, BrowseQueryInput, BrowseResponse } from '../../worker/api/browse';
export type { InitiativeMatchesResponse, InitiativeRequest, PoolEntryRequest } from '../../worker/api/groups';
export type { Answers, Importance } from '../../worker/questionnaire/types';
export type { Locale } from '../../worker/i18n/locale';

/** The questionnaire as `GET /v1/embeds/{key}/config` sends it. */
export type Catalogue = EmbedConfig['questionnaire'];
export type Question = Catalogue['questions'][number];
export type Step = Catalogue['steps'][number];
export type EmbedTheme = EmbedConfig['embed']['theme'];
export type FieldError = NonNullable<Problem['errors']>[number];
export type FitDimension = FitResponse['dimensions'][number];
export type Reason = Match['reasons'][number];

/**
 * The server checks `consent.textVersion` against its current literal; the widget sends back the
 * version the config named (a stale one is refused by the server, not by the type).
 */
type WithConfigTextVersion<T> = T extends { consent: infer C } ? Omit<T, 'consent'> & { consent: Omit<C, 'textVersion'> & { textVersion: string } } : never;

/** `POST /v1/contact-requests` body as the widget sends it. */
export type ContactRequestBody = WithConfigTextVersion<ContactRequestInput>;
/** `POST /v1/saved-searches` body as the widget sends it. */
export type SavedSearchBody = WithConfigTextVersion<SavedSearchInput>;
