import { normalizeText } from '../search/normalize.ts';
import type { Concept, TermLanguage } from './glossary-schema.ts';

/** The group of the concepts that describe a standard itself (fields: []): shown first. */
export const STRUCTURE_GROUP = 'structure';

export interface ConceptGroup {
  /** A field key, or STRUCTURE_GROUP. */
  key: string;
  concepts: Concept[];
}

/**
 * Concepts by field, the structure of a standard first, then the fields in the order `fieldOrder` gives (the
 * vocabulary's labels sorted for the page's language). A concept of several fields stands under its first one, so
 * its anchor is unique; concepts inside a group are sorted by their term in `lang`.
 */
export function groupConcepts(concepts: readonly Concept[], fieldOrder: readonly string[], lang: TermLanguage, conceptOrder?: readonly string[]): ConceptGroup[] {
  const collator = new Intl.Collator(lang);
  const position = conceptOrder ? new Map(conceptOrder.map((id, i) => [id, i])) : undefined;
  const byTerm = (a: Concept, b: Concept) =>
    position ? (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity) || collator.compare(a.id, b.id) : collator.compare(a[lang].term, b[lang].term) || collator.compare(a.id, b.id);
  const groups = new Map<string, Concept[]>();
  for (const concept of concepts) {
    const key = concept.fields[0] ?? STRUCTURE_GROUP;
    groups.set(key, [...(groups.get(key) ?? []), concept]);
  }
  const rank = (key: string) => (key === STRUCTURE_GROUP ? -1 : fieldOrder.includes(key) ? fieldOrder.indexOf(key) : fieldOrder.length);
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || collator.compare(a, b))
    .map(([key, list]) => ({ key, concepts: list.sort(byTerm) }));
}

export interface GlossaryOrder {
  /** Field keys by their label in the language. */
  fields: string[];
  /** Concept ids by their term in the language, then id. */
  concepts: string[];
}

/**
 * The page's orders per language, made once at build time: browsers differ in the collation data they carry
 * (Chromium has none for Lao and puts Latin before Lao; Node puts Lao first), and a page must sort the same when
 * it is prerendered and when the app takes it over.
 */
export function glossaryOrders(concepts: readonly Concept[], fieldLabels: Record<string, Record<TermLanguage, string>>): Record<TermLanguage, GlossaryOrder> {
  const order = (lang: TermLanguage): GlossaryOrder => {
    const collator = new Intl.Collator(lang);
    const fields = Object.keys(fieldLabels).sort((a, b) => collator.compare(fieldLabels[a][lang], fieldLabels[b][lang]) || collator.compare(a, b));
    const sorted = [...concepts].sort((a, b) => collator.compare(a[lang].term, b[lang].term) || collator.compare(a.id, b.id));
    return { fields, concepts: sorted.map((c) => c.id) };
  };
  return { zh: order('zh'), lo: order('lo'), en: order('en') };
}

/** Folded as search folds, spaces dropped: Lao and Chinese do not separate words, and users type terms either way. */
const fold = (text: string) => normalizeText(text).replace(/ /g, '');

/** Every form a filter may match: the id, and each language's term, variants and forbidden forms (a reader may type one). */
function searchableForms(concept: Concept): string[] {
  const forms = [concept.id];
  for (const lang of ['zh', 'lo', 'en'] as const) {
    forms.push(concept[lang].term, ...(concept[lang].variants ?? []), ...(concept[lang].forbidden ?? []));
  }
  return forms.map(fold);
}

/**
 * The concepts whose forms contain the filter, in any language, on the search normalisation (so ຫລ finds ຫຼ, ນ້ໍາ
 * finds ນໍ້າ, and case and accents do not matter). An empty filter keeps every concept.
 */
export function filterConcepts<T extends Concept>(concepts: readonly T[], filter: string | undefined): T[] {
  const wanted = fold(filter ?? '');
  if (!wanted) return [...concepts];
  return concepts.filter((concept) => searchableForms(concept).some((form) => form.includes(wanted)));
}
