import type { Vocabularies } from '../record/catalogue.ts';
import { LANGUAGES, type Language } from '../text/languages.ts';
import type { CourseStandard } from '../record/schema.ts';
import { SECTION_IDS, unitAnchor } from '../record/sections.ts';

/** One searchable passage of a record: a section (or unit) in one language, as written. */
export interface SearchPassage {
  lang: Language;
  /** Page anchor of the passage: a section id or unit-N. */
  anchor: string;
  text: string;
}

/**
 * What the search index is built from, per record. Pinyin is computed at build time (pinyin-pro stays out of the
 * browser): one syllable per character of the Chinese title, empty for characters that are not Chinese.
 */
export interface SearchSource {
  id: string;
  collection: CourseStandard['collection'];
  titles: Partial<Record<Language, string>>;
  fieldLabels: Record<Language, string>;
  titlePinyin: string[];
  fieldPinyin: string[];
  passages: SearchPassage[];
}

export type PinyinOf = (text: string) => string[];

export function toSearchSource(standard: CourseStandard, vocabularies: Vocabularies, pinyinOf: PinyinOf): SearchSource {
  const titles: Partial<Record<Language, string>> = {};
  const passages: SearchPassage[] = [];
  for (const lang of LANGUAGES) {
    const text = standard.text[lang];
    if (!text) continue;
    titles[lang] = text.title;
    for (const section of SECTION_IDS) {
      if (section === 'objectives') {
        passages.push({ lang, anchor: section, text: Object.values(text.objectives).flat().join(' · ') });
      } else if (section === 'units') {
        text.units.forEach((unit, i) => passages.push({ lang, anchor: unitAnchor(i), text: `${unit.title} · ${unit.requirements}` }));
      } else if (section === 'implementation') {
        passages.push({ lang, anchor: section, text: Object.values(text.implementation).join(' · ') });
      } else {
        passages.push({ lang, anchor: section, text: text[section] });
      }
    }
  }
  const fieldLabels = vocabularies.fields[standard.field];
  return {
    id: standard.id,
    collection: standard.collection,
    titles,
    fieldLabels,
    titlePinyin: pinyinOf(standard.text.zh.title),
    fieldPinyin: pinyinOf(fieldLabels.zh),
    passages,
  };
}
