import { FACET_NAMES, type BrowseQuery, type FacetName } from '../url/browse-query.ts';
import type { Language } from '../text/languages.ts';
import type { StandardSummary } from '../record/summary.ts';
import { translationState } from '../translation/translation-state.ts';

/** The values a record has for a facet (a record can have several partners). */
function facetValues(standard: StandardSummary, facet: FacetName, lang: Language): readonly string[] {
  switch (facet) {
    case 'collection':
      return [standard.collection];
    case 'field':
      return [standard.field];
    case 'level':
      return standard.level ? [standard.level] : [];
    case 'partner':
      return standard.partners;
    case 'state':
      return [translationState(standard, lang)];
  }
}

function matches(standard: StandardSummary, query: BrowseQuery, lang: Language, except?: FacetName): boolean {
  return FACET_NAMES.every((facet) => {
    const wanted = query[facet];
    return facet === except || wanted === undefined || facetValues(standard, facet, lang).includes(wanted);
  });
}

export function filterStandards(standards: readonly StandardSummary[], query: BrowseQuery, lang: Language): StandardSummary[] {
  return standards.filter((s) => matches(s, query, lang));
}

/**
 * Counts per value of one facet, given every other chosen filter: choosing a value shows how many records each
 * alternative would give, the usual behaviour of faceted catalogues.
 */
export function facetCounts(standards: readonly StandardSummary[], query: BrowseQuery, facet: FacetName, lang: Language): Map<string, number> {
  const counts = new Map<string, number>();
  for (const standard of standards) {
    if (!matches(standard, query, lang, facet)) continue;
    for (const value of facetValues(standard, facet, lang)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}
