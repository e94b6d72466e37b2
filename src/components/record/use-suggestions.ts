import { useEffect, useState } from 'react';
import { summaries } from '../../data/catalogue.ts';
import type { StandardSummary } from '../../domain/record/summary.ts';

/** Nearest records to a mistyped id or title; the fuzzy matcher loads only when a page needs suggestions. */
export function useSuggestions(wanted: string): StandardSummary[] {
  const [suggestions, setSuggestions] = useState<{ wanted: string; list: StandardSummary[] }>();
  useEffect(() => {
    let current = true;
    void import('../../domain/browse/suggest.ts').then(({ suggestStandards }) => {
      if (current) setSuggestions({ wanted, list: suggestStandards(summaries, wanted) });
    });
    return () => {
      current = false;
    };
  }, [wanted]);
  return suggestions?.wanted === wanted ? suggestions.list : [];
}
