import { useCallback, useEffect, useState } from 'react';
import { runSearch } from '../search/catalogue-search.ts';
import type { ShownHit } from '../search/shown-hit.ts';

export interface SearchResultsState {
  /** `undefined` while the index loads or the search runs. */
  hits?: ShownHit[];
  /** The search texts could not be loaded (offline, a missing chunk). */
  failed: boolean;
  retry: () => void;
}

/** Results for a query, or the failure to get them, with a way to try again. */
export function useSearchResults(query: string): SearchResultsState {
  const [state, setState] = useState<{ query: string; attempt: number; hits?: ShownHit[]; failed?: boolean } | undefined>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    runSearch(query).then(
      (hits) => current && setState({ query, attempt, hits }),
      () => current && setState({ query, attempt, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [query, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const settled = state?.query === query && state.attempt === attempt ? state : undefined;
  return { hits: settled?.hits, failed: Boolean(settled?.failed), retry };
}
