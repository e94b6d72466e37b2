import { vocabularies } from '../../data/catalogue.ts';
import type { VocabularyName } from '../../domain/record/catalogue.ts';
import type { Language } from '../../domain/text/languages.ts';

/** A field, partner or certifying body's name in the page language (every vocabulary entry has all three). */
export function vocabularyLabel(vocabulary: VocabularyName, key: string, lang: Language): string {
  return vocabularies[vocabulary][key]?.[lang] ?? key;
}
