import type { Concept, Glossary, TermLanguage } from './glossary-schema.ts';
import { findTerm, foldTerm, prepareText } from './match-term.ts';

const LANGS: readonly TermLanguage[] = ['zh', 'lo', 'en'];

/** One concept a query names, how it named it, and the other forms a search could add. */
export interface QueryExpansion {
  concept: string;
  /** The form the query used (a term, a variant, or a forbidden spelling such as ສະນວນ), in its language. */
  matched: { lang: TermLanguage; form: string };
  /** Every preferred term and admitted variant of the concept in the three languages, but the one matched. */
  forms: { lang: TermLanguage; form: string }[];
}

/** A form in capitals (UAV, CAN, EV) is an abbreviation: only the query's capitals name it, not "can" or "ev". */
const ABBREVIATION = /^[A-Z0-9][A-Z0-9-]*[A-Z][A-Z0-9-]*$/;

/**
 * The concepts a search query names in any language or form, with their other forms. Matching is the terminology
 * check's: the search normalisation, whole Lao syllables, whole English words, Chinese anywhere. The engine decides
 * how to rank what the other forms find (below direct matches, marked as found through the glossary).
 */
export function expandQuery(glossary: Glossary, query: string): QueryExpansion[] {
  const expansions: QueryExpansion[] = [];
  if (!query.trim()) return expansions;
  const prepared = { zh: prepareText(query, 'zh'), lo: prepareText(query, 'lo'), en: prepareText(query, 'en') };
  for (const concept of glossary.concepts) {
    const matched = firstMatch(concept, query, prepared);
    if (!matched) continue;
    const forms = LANGS.flatMap((lang) => [concept[lang].term, ...(concept[lang].variants ?? [])].map((form) => ({ lang, form })));
    expansions.push({
      concept: concept.id,
      matched,
      forms: forms.filter((f) => !(f.lang === matched.lang && foldTerm(f.form, f.lang) === foldTerm(matched.form, matched.lang))),
    });
  }
  return expansions;
}

/** Every form of a concept a query may name, folded once per concept (folding is the costly part of a look-up). */
const foldedForms = new WeakMap<Concept, { lang: TermLanguage; form: string; folded: string }[]>();

function formsOf(concept: Concept) {
  let forms = foldedForms.get(concept);
  if (!forms) {
    forms = LANGS.flatMap((lang) => {
      const { term, variants = [], forbidden = [] } = concept[lang];
      return [term, ...variants, ...forbidden].map((form) => ({ lang, form, folded: foldTerm(form, lang) }));
    });
    foldedForms.set(concept, forms);
  }
  return forms;
}

function firstMatch(concept: Concept, query: string, prepared: Record<TermLanguage, ReturnType<typeof prepareText>>) {
  for (const { lang, form, folded } of formsOf(concept)) {
    if (!folded || !prepared[lang].folded.includes(folded)) continue;
    if (ABBREVIATION.test(form) && !new RegExp(`(?<![A-Za-z0-9])${escape(form)}(?![A-Za-z0-9])`).test(query)) continue;
    if (findTerm(prepared[lang], folded).length > 0) return { lang, form };
  }
  return undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
