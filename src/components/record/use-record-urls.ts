import { absolute, recordPath, shortPath } from '../../domain/links/addresses.ts';
import type { Language } from '../../domain/text/languages.ts';
import { useHydrated } from '../shell/use-hydrated.ts';

/**
 * Absolute addresses of a record as readers will see them in print and on slides. The origin is only known in
 * the browser: prerendered HTML shows root-relative addresses, and hydration then fills in the origin.
 */
export function useRecordUrls(lang: Language, id: string) {
  const origin = useHydrated() ? location.origin : '';
  const base = import.meta.env.BASE_URL;
  return {
    canonical: absolute(origin, recordPath(base, lang, id)),
    section: (section: string) => absolute(origin, recordPath(base, lang, id, section)),
    short: absolute(origin, shortPath(base, id)),
    shortSection: (section: string) => absolute(origin, shortPath(base, id, section)),
  };
}
