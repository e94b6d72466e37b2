import { absolute, recordPath, shortPath } from '../domain/addresses.ts';
import type { Language } from '../domain/languages.ts';

/** Absolute addresses of a record as readers will see them in print and on slides. */
export function recordUrls(lang: Language, id: string) {
  const origin = typeof location === 'undefined' ? (import.meta.env.VITE_SITE_ORIGIN ?? '') : location.origin;
  const base = import.meta.env.BASE_URL;
  return {
    canonical: absolute(origin, recordPath(base, lang, id)),
    section: (section: string) => absolute(origin, recordPath(base, lang, id, section)),
    short: absolute(origin, shortPath(base, id)),
  };
}
