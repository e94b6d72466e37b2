import { useEffect, useState } from 'react';
import { runSearch } from '../search/catalogue-search.ts';
import type { ShownHit } from '../search/shown-hit.ts';

/** Results for a query; `undefined` while the index loads or the search runs. */
export function useSearchResults(query: string): ShownHit[] | undefined {
  const [state, setState] = useState<{ query: string; hits: ShownHit[] } | undefined>();
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
