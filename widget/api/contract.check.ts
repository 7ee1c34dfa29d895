/**
 * Types only, never bundled: the server's inferred API types must fit what the widget reads and
 * sends, so a schema change that would break the widget fails `tsc` here instead of in a browser.
 */
import type {
  ContactRequestInput,
  EmbedConfig as ServerEmbedConfig,
  FitRequestSchema,
  FitResponse as ServerFitResponse,
  MatchesRequest as ServerMatchesRequest,
  MatchesResponse as ServerMatchesResponse,
  SavedSearchSchema,
} from '../../worker/api/schemas';
import type { SENSITIVE_QUESTIONS as SERVER_SENSITIVE } from '../../worker/contact/summary';
import type { z } from '@hono/zod-openapi';
import type { SENSITIVE_QUESTIONS } from '../state/contact';
import type { ContactRequestBody, EmbedConfig, FitRequest, FitResponse, MatchesRequest, MatchesResponse, SavedSearchBody } from './types';

type Expect<T extends true> = T;
type Assignable<From, To> = [From] extends [To] ? true : false;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The server checks `textVersion` against a literal; the widget sends what the config told it. */
type WithTextVersion<T> = T extends { consent: infer C } ? Omit<T, 'consent'> & { consent: Omit<C, 'textVersion'> & { textVersion: string } } : never;

export type ContractChecks = [
  Expect<Assignable<ServerMatchesResponse, MatchesResponse>>,
  Expect<Assignable<ServerEmbedConfig['embed'], EmbedConfig['embed']>>,
  Expect<Assignable<MatchesRequest, ServerMatchesRequest>>,
  Expect<Assignable<ContactRequestBody, WithTextVersion<ContactRequestInput>>>,
  Expect<Assignable<SavedSearchBody, WithTextVersion<z.input<typeof SavedSearchSchema>>>>,
  Expect<Assignable<ServerFitResponse, FitResponse>>,
  Expect<Assignable<FitRequest, z.input<typeof FitRequestSchema>>>,
  Expect<Same<(typeof SENSITIVE_QUESTIONS)[number], (typeof SERVER_SENSITIVE)[number]>>,
];
