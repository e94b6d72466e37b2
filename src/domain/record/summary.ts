import { LANGUAGES, type Language } from '../text/languages.ts';
import type { CourseStandard } from './schema.ts';

/**
 * What browsing needs of a record, picked field by field: it ships in the first-view bundle, so long texts,
 * history and translation bookkeeping stay in each record's own chunk.
 */
export type StandardSummary = Pick<
  CourseStandard,
  'id' | 'provenance' | 'collection' | 'kind' | 'field' | 'partners' | 'level' | 'hours' | 'credits' | 'version' | 'translation' | 'aliases' | 'supersededBy' | 'links'
> & { titles: Partial<Record<Language, string>> };

export function summarize(standard: CourseStandard): StandardSummary {
  const { id, provenance, collection, kind, field, partners, level, hours, credits, version, translation, aliases, supersededBy, links } = standard;
  const titles: Partial<Record<Language, string>> = {};
  for (const lang of LANGUAGES) {
    const title = standard.text[lang]?.title;
    if (title) titles[lang] = title;
  }
  return { id, provenance, collection, kind, field, partners, level, hours, credits, version, translation, titles, ...(aliases && { aliases }), ...(supersededBy && { supersededBy }), ...(links && { links }) };
}
