import type { Language } from '../domain/text/languages.ts';
import type { GlossaryRoute } from '../domain/search/glossary-search.ts';
import type { MatchField } from '../domain/search/search-index.ts';
import type { Snippet } from '../domain/search/snippet.ts';

/** A search result as the results page shows it: plain data, so it can come from a worker. */
export interface ShownHit {
  id: string;
  field: MatchField | 'body';
  snippet?: Snippet;
  /** Found only through the termbase: the concept the query named and the form that found the record. */
  viaGlossary?: GlossaryRoute;
}

/** What a search answers: the hits, and for a query that found nothing, a near spelling that finds something. */
export interface SearchAnswer {
  hits: ShownHit[];
  suggestion?: string;
}

/** `lang`: the page language, whose texts rank first on a tie. */
export type SearchRequest = { id: number; type: 'warm' } | { id: number; type: 'search'; query: string; limit: number; lang?: Language };
/** `error`: the search texts could not be loaded (offline, a chunk missing); the page offers to try again. */
export type SearchResponse = ({ id: number } & SearchAnswer) | { id: number; error: string };
