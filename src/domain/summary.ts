import { LANGUAGES, type Language } from './languages.ts';
import type { CourseStandard } from './schema.ts';

/** What browsing needs of a record, without its long texts (which load per record). */
export type StandardSummary = Omit<CourseStandard, 'text' | 'history'> & {
  titles: Partial<Record<Language, string>>;
};

export function summarize(standard: CourseStandard): StandardSummary {
  const { text, history: _history, ...rest } = standard;
  const titles: Partial<Record<Language, string>> = {};
  for (const lang of LANGUAGES) {
    const title = text[lang]?.title;
    if (title) titles[lang] = title;
  }
  return { ...rest, titles };
}
