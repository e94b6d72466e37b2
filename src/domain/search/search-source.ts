import type { Vocabularies } from '../record/catalogue.ts';
import { LANGUAGES, type Language } from '../text/languages.ts';
import type { CourseStandard } from '../record/schema.ts';
import { entryAnchor, shapeOfText, type ShapeSection } from '../record/text-shape.ts';
import { sectionValue, type ShapedText } from '../record/text-walk.ts';

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

/**
 * A section's passages: one for a section, one per entry (a unit, an inspection item: its heading first, then
 * ` · ` and the rest, so the index can weigh entry headings like titles).
 */
function sectionPassages(lang: Language, text: ShapedText, section: ShapeSection): SearchPassage[] {
  const value = sectionValue(text, section);
  const passage = (body: string): SearchPassage => ({ lang, anchor: section.id, text: body });
  switch (section.type) {
    case 'text':
      return [passage(value.text)];
    case 'list':
      return [passage(value.list.join(' · '))];
    case 'lists':
      return [passage(section.lists.flatMap((list) => value.lists[list]).join(' · '))];
    case 'parts':
      return [passage(section.parts.map((part) => value.parts[part]).join(' · '))];
    case 'entries':
      return value.entries.map((entry, i) => ({ lang, anchor: entryAnchor(section, i), text: section.fields.map((key) => entry[key]).join(' · ') }));
  }
}

export type PinyinOf = (text: string) => string[];

export function toSearchSource(standard: CourseStandard, vocabularies: Vocabularies, pinyinOf: PinyinOf): SearchSource {
  const titles: Partial<Record<Language, string>> = {};
  const passages: SearchPassage[] = [];
  for (const lang of LANGUAGES) {
    const text = standard.text[lang];
    if (!text) continue;
    titles[lang] = text.title;
    for (const section of shapeOfText(text).sections) passages.push(...sectionPassages(lang, text, section));
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
