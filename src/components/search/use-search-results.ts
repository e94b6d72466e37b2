import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../../domain/text/languages.ts';
import { runSearch } from '../../search-worker/catalogue-search.ts';
import type { ShownHit } from '../../search-worker/shown-hit.ts';

export interface SearchResultsState {
  /** `undefined` while the index loads or the search runs. */
  hits?: ShownHit[];
  /** For a query that found nothing: a near spelling that finds something ("did you mean"). */
  suggestion?: string;
  /** The search texts could not be loaded (offline, a missing chunk). */
  failed: boolean;
  retry: () => void;
}

/** Results for a query (the page language's texts first on a tie), or the failure to get them, with a way to try again. */
export function useSearchResults(query: string, lang: Language): SearchResultsState {
  const [state, setState] = useState<{ query: string; attempt: number; hits?: ShownHit[]; suggestion?: string; failed?: boolean } | undefined>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    runSearch(query, lang).then(
      ({ hits, suggestion }) => current && setState({ query, attempt, hits, suggestion }),
      () => current && setState({ query, attempt, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [query, lang, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const settled = state?.query === query && state.attempt === attempt ? state : undefined;
  return { hits: settled?.hits, suggestion: settled?.suggestion, failed: Boolean(settled?.failed), retry };
}
