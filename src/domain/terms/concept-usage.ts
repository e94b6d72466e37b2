import { compareIds } from '../record/catalogue.ts';
import { translatableTexts } from '../record/text-paths.ts';
import type { CourseStandard } from '../record/schema.ts';
import { admittedForms, type Concept, type TermLanguage } from './glossary-schema.ts';
import { findTerm, foldTerm, prepareText } from './match-term.ts';

const LANGS: readonly TermLanguage[] = ['zh', 'lo', 'en'];

/**
 * The records that use each concept, by concept id (record ids in catalogue order): a record uses a concept when
 * any of its texts, in any language, holds the concept's preferred term or an admitted variant in that language,
 * compared on the search normalisation and, in Lao, on whole syllables (match-term.ts). Forbidden forms do not count.
 */
export function conceptUsage(standards: readonly CourseStandard[], concepts: readonly Concept[]): Record<string, string[]> {
  const forms = concepts.map((concept) => ({
    id: concept.id,
    byLang: Object.fromEntries(LANGS.map((lang) => [lang, admittedForms(concept, lang).map((form) => foldTerm(form, lang))])) as Record<TermLanguage, string[]>,
  }));
  const usage: Record<string, string[]> = Object.fromEntries(concepts.map((c) => [c.id, []]));
  for (const standard of [...standards].sort((a, b) => compareIds(a.id, b.id))) {
    const used = new Set<string>();
    for (const lang of LANGS) {
      const text = standard.text[lang];
      if (!text) continue;
      for (const { text: value } of translatableTexts(text)) {
        const prepared = prepareText(value, lang);
        for (const { id, byLang } of forms) {
          if (!used.has(id) && byLang[lang].some((form) => findTerm(prepared, form).length > 0)) used.add(id);
        }
      }
    }
    for (const id of used) usage[id].push(standard.id);
  }
  return usage;
}
