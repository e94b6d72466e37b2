import { buildSearchIndex, type SearchIndex } from '../domain/search/search-index.ts';
import { searchCatalogue } from '../domain/search/search.ts';
import { prepareQuery } from '../domain/search/prepare-query.ts';
import type { ShownHit } from './shown-hit.ts';

let indexPromise: Promise<SearchIndex> | undefined;

/**
 * Builds the index on first use from a lazily loaded chunk: pages that never search never download it. A failed
 * load is forgotten, so the next search (the reader's "try again") loads afresh.
 */
export function loadSearchIndex(): Promise<SearchIndex> {
  indexPromise ??= import('virtual:search-sources').then(
    (module) => buildSearchIndex(module.default),
    (error: unknown) => {
      indexPromise = undefined;
      throw error;
    },
  );
  return indexPromise;
}

/** Ranks the catalogue for a query and prepares the snippets of the hits that will be shown. */
export async function searchShown(query: string, limit: number): Promise<ShownHit[]> {
  if (!query.trim()) return [];
  const index = await loadSearchIndex();
  const hits = searchCatalogue(index, query, { limit, ...(await prepareQuery(index, query)) });
  return hits.map((hit) => ({ id: hit.id, field: hit.field, snippet: hit.snippet() }));
}
