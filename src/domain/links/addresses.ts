import type { Language } from '../text/languages.ts';

/** The one canonical address of a record page, relative to the site root (base path included). */
export function recordPath(base: string, lang: Language, id: string, section?: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${lang}/standards/${id}${section ? `#${section}` : ''}`;
}

/** The language-neutral short link that trainers print: it opens in each reader's own language (and section). */
export function shortPath(base: string, id: string, section?: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}s/${id}${section ? `#${section}` : ''}`;
}

export const absolute = (origin: string, path: string): string => `${origin.replace(/\/$/, '')}${path}`;
