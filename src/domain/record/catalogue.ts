import type { CollectionVocabulary, CourseStandard, PartnerVocabulary, Vocabulary } from './schema.ts';
import type { Glossary } from '../terms/glossary-schema.ts';
import { canonicalId } from '../links/sloppy-id.ts';

export interface Vocabularies {
  fields: Vocabulary;
  partners: PartnerVocabulary;
  bodies: Vocabulary;
  collections: CollectionVocabulary;
}
export type VocabularyName = keyof Vocabularies;
export const VOCABULARY_NAMES: readonly VocabularyName[] = ['fields', 'partners', 'bodies', 'collections'];

/** The validated catalogue: every record, sorted by id, the shared vocabularies and the termbase. */
export interface Catalogue {
  standards: CourseStandard[];
  vocabularies: Vocabularies;
  glossary: Glossary;
}

const idCollator = new Intl.Collator('en', { numeric: true });
export const compareIds = (a: string, b: string): number => idCollator.compare(a, b);

/** Finds a record by id or by one of its former ids, typed any way a person might (`lcs 5`, `LCS05`). */
export function findStandard<T extends Pick<CourseStandard, 'id' | 'aliases'>>(standards: readonly T[], id: string): T | undefined {
  const wanted = canonicalId(id) ?? id.trim().toUpperCase();
  return (
    standards.find((s) => s.id === wanted) ?? standards.find((s) => s.aliases?.some((alias) => alias === wanted))
  );
}
