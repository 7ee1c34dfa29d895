/**
 * Types only, never bundled: the server's inferred API types must fit what the widget reads and
 * sends, so a schema change that would break the widget fails `tsc` here instead of in a browser.
 */
import type { EmbedConfig as ServerEmbedConfig, MatchesRequest as ServerMatchesRequest, MatchesResponse as ServerMatchesResponse } from '../../worker/api/schemas';
import type { EmbedConfig, MatchesRequest, MatchesResponse } from './types';

type Expect<T extends true> = T;
type Assignable<From, To> = [From] extends [To] ? true : false;

export type ContractChecks = [
  Expect<Assignable<ServerMatchesResponse, MatchesResponse>>,
  Expect<Assignable<ServerEmbedConfig['embed'], EmbedConfig['embed']>>,
  Expect<Assignable<MatchesRequest, ServerMatchesRequest>>,
];
