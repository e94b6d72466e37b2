import { LANGUAGES, type Language } from '../text/languages.ts';
import type { CourseStandard } from '../record/schema.ts';

/** The pages of each language that are not a record's, after the language segment, and the namespace titling each. */
export const SITE_SECTIONS = [
  { suffix: '', namespace: 'home' },
  { suffix: '/standards', namespace: 'browse' },
  { suffix: '/about', namespace: 'about' },
  { suffix: '/search', namespace: 'search' },
  { suffix: '/coverage', namespace: 'coverage' },
  { suffix: '/glossary', namespace: 'glossary' },
] as const;

export type SitePage =
  | { kind: 'section'; lang: Language; path: string; section: (typeof SITE_SECTIONS)[number] }
  | { kind: 'record'; lang: Language; path: string; id: string }
  /** A former id: its page sends the reader on to the record. */
  | { kind: 'alias'; lang: Language; path: string; id: string }
  /** The language-neutral short link, `/s/<id or former id>`. */
  | { kind: 'short'; path: string; id: string; via: string };

/**
 * Every page the build writes, paths without the base: each language's sections and every record of every
 * collection (with its former ids), then the short links. The records are whatever the catalogue holds: a new
 * collection's pages come with its records.
 */
export function sitePages(standards: readonly Pick<CourseStandard, 'id' | 'aliases'>[]): SitePage[] {
  const pages: SitePage[] = [];
  for (const lang of LANGUAGES) {
    for (const section of SITE_SECTIONS) pages.push({ kind: 'section', lang, path: `/${lang}${section.suffix}`, section });
    for (const { id, aliases } of standards) {
      pages.push({ kind: 'record', lang, path: `/${lang}/standards/${id}`, id });
      for (const alias of aliases ?? []) pages.push({ kind: 'alias', lang, path: `/${lang}/standards/${alias}`, id });
    }
  }
  for (const { id, aliases } of standards) {
    for (const via of [id, ...(aliases ?? [])]) pages.push({ kind: 'short', path: `/s/${via}`, id, via });
  }
  return pages;
}
