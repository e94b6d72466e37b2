import { FALLBACK_ORDER, type Language } from './languages.ts';

/** A value in the language it is actually shown in, and whether that is a fallback from the one asked for. */
export interface Localized<T> {
  value: T;
  lang: Language;
  fallback: boolean;
}

/**
 * Picks the wanted language, else the next one in the fixed fallback order (lo → en → zh, en → zh, zh → en).
 * Returns undefined only when none of those languages has a value.
 */
export function pickLocalized<T>(values: Partial<Record<Language, T>>, wanted: Language): Localized<T> | undefined {
  for (const lang of FALLBACK_ORDER[wanted]) {
    const value = values[lang];
    if (value !== undefined) return { value, lang, fallback: lang !== wanted };
  }
  return undefined;
}
