import type { MatchField } from '../domain/search/search-index.ts';
import type { Snippet } from '../domain/search/snippet.ts';

/** A search result as the results page shows it: plain data, so it can come from a worker. */
export interface ShownHit {
  id: string;
  field: MatchField | 'body';
  snippet?: Snippet;
}

export type SearchRequest = { id: number; type: 'warm' } | { id: number; type: 'search'; query: string; limit: number };
/** `error`: the search texts could not be loaded (offline, a chunk missing); the page offers to try again. */
export type SearchResponse = { id: number; hits: ShownHit[] } | { id: number; error: string };
