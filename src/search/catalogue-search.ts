import { buildSearchIndex, type SearchIndex } from '../domain/search/search-index.ts';
import { searchCatalogue, type SearchHit } from '../domain/search/search.ts';
import { queryVariants } from '../domain/search/simplified.ts';

let indexPromise: Promise<SearchIndex> | undefined;

/** The index is built on first use from a lazily loaded chunk: pages that never search never download it. */
export function loadSearchIndex(): Promise<SearchIndex> {
  indexPromise ??= import('virtual:search-sources').then((module) => buildSearchIndex(module.default));
  return indexPromise;
}

export async function runSearch(query: string, limit = 30): Promise<SearchHit[]> {
  if (!query.trim()) return [];
  const index = await loadSearchIndex();
  return searchCatalogue(index, query, { limit, variants: await queryVariants(index, query) });
}
