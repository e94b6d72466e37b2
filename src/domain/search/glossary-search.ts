import { expandQuery } from '../terms/expand-query.ts';
import type { Glossary, TermLanguage } from '../terms/glossary-schema.ts';
import type { SearchIndex } from './search-index.ts';
import { searchCatalogue, type SearchHit, type SearchOptions } from './search.ts';

/** How a record was found through the termbase: the concept the query named and the form that found the record. */
export interface GlossaryRoute {
  concept: string;
  /** The form of the concept that the query used, as typed in the termbase (UAV, ສະໜວນ …). */
  asked: string;
  /** The other form that found this record (无人机, ສນວນ …), and its language. */
  found: string;
  lang: TermLanguage;
}

export interface ExpandedHit extends SearchHit {
  /** Set when the record was found only through the termbase, ranked after every direct match. */
  viaGlossary?: GlossaryRoute;
}

/** Other forms tried per concept, preferred terms first: enough for every language, bounded for speed. */
const MAX_FORMS_PER_CONCEPT = 8;

/**
 * The search, then what the termbase adds: a query that names a concept in any language or spelling (an
 * abbreviation such as UAV, an older Lao spelling, the English term) also finds the records that use the concept's
 * other forms. Those come after every direct match, each marked with the concept and form that found it. In a
 * query of several words the named form is replaced by each other form, so the rest of the query still counts:
 * a query about something the catalogue does not cover stays empty.
 */
export function searchWithGlossary(index: SearchIndex, glossary: Glossary, query: string, options: SearchOptions = {}): ExpandedHit[] {
  const limit = options.limit ?? 20;
  const hits: ExpandedHit[] = searchCatalogue(index, query, options);
  if (hits.length >= limit || glossary.concepts.length === 0) return hits;
  const seen = new Set(hits.map((hit) => hit.id));
  // The concept named by the longest form first: "EV battery" is about the battery before the vehicle.
  const expansions = expandQuery(glossary, query).sort((a, b) => b.matched.form.length - a.matched.form.length);
  for (const expansion of expansions) {
    const forms = [...expansion.forms].sort((a, b) => Number(b.form === termOf(glossary, expansion.concept, b.lang)) - Number(a.form === termOf(glossary, expansion.concept, a.lang)));
    for (const { form, lang } of forms.slice(0, MAX_FORMS_PER_CONCEPT)) {
      const asked = replaceForm(query, expansion.matched.form, form);
      for (const hit of searchCatalogue(index, asked, { limit, lang: options.lang })) {
        // The termbase's forms are spelled right: only what they find as written counts, never a slip of them.
        if (seen.has(hit.id) || !hit.exact) continue;
        seen.add(hit.id);
        hits.push({ ...hit, viaGlossary: { concept: expansion.concept, asked: expansion.matched.form, found: form, lang } });
        if (hits.length >= limit) return hits;
      }
    }
  }
  return hits;
}

const termOf = (glossary: Glossary, concept: string, lang: TermLanguage) => glossary.concepts.find((c) => c.id === concept)?.[lang].term;

/** The query with the named form replaced by another (case aside); the other form alone when it cannot be placed. */
function replaceForm(query: string, named: string, other: string): string {
  const at = query.toLowerCase().indexOf(named.toLowerCase());
  if (at < 0) return other;
  return `${query.slice(0, at)} ${other} ${query.slice(at + named.length)}`.trim();
}
