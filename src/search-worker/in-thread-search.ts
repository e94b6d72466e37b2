import { buildSearchIndex, type SearchIndex } from '../domain/search/search-index.ts';
import type { Language } from '../domain/text/languages.ts';
import { spellingSuggestion } from '../domain/search/did-you-mean.ts';
import { searchWithGlossary } from '../domain/search/glossary-search.ts';
import { searchCatalogue } from '../domain/search/search.ts';
import type { Glossary } from '../domain/terms/glossary-schema.ts';
import { prepareQuery } from '../domain/search/prepare-query.ts';
import type { SearchAnswer } from './shown-hit.ts';

interface Searchable {
  index: SearchIndex;
  glossary: Glossary;
}

let indexPromise: Promise<Searchable> | undefined;

/**
 * Builds the index on first use from a lazily loaded chunk: pages that never search never download it. A failed
 * load is forgotten, so the next search (the reader's "try again") loads afresh.
 */
export function loadSearchIndex(): Promise<Searchable> {
  indexPromise ??= import('virtual:search-sources').then(
    (module) => ({ index: buildSearchIndex(module.default), glossary: module.glossary }),
    (error: unknown) => {
      indexPromise = undefined;
      throw error;
    },
  );
  return indexPromise;
}

/**
 * Ranks the catalogue for a query (the page language's texts first on a tie) and prepares the snippets of the
 * hits that will be shown. A query that finds nothing gets a near spelling, if one exists and finds something.
 */
export async function searchShown(query: string, limit: number, lang?: Language): Promise<SearchAnswer> {
  if (!query.trim()) return { hits: [] };
  const { index, glossary } = await loadSearchIndex();
  const hits = searchWithGlossary(index, glossary, query, { limit, lang, ...(await prepareQuery(index, query)) });
  if (hits.length > 0) return { hits: hits.map((hit) => ({ id: hit.id, field: hit.field, snippet: hit.snippet(), viaGlossary: hit.viaGlossary })) };
  const suggestion = spellingSuggestion(index, query);
  const findsSomething = suggestion !== undefined && searchCatalogue(index, suggestion, { limit: 1, ...(await prepareQuery(index, suggestion)) }).length > 0;
  return findsSomething ? { hits: [], suggestion } : { hits: [] };
}
