import { useEffect, useState } from 'react';
import type { SearchHit } from '../domain/search/search.ts';
import { runSearch } from '../search/catalogue-search.ts';

/** Results for a query; `undefined` while the index loads or the search runs. */
export function useSearchResults(query: string): SearchHit[] | undefined {
  const [state, setState] = useState<{ query: string; hits: SearchHit[] } | undefined>();
  useEffect(() => {
    let current = true;
    void runSearch(query).then((hits) => {
      if (current) setState({ query, hits });
    });
    return () => {
      current = false;
    };
  }, [query]);
  return state?.query === query ? state.hits : undefined;
}
