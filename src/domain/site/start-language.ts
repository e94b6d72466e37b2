import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../text/languages.ts';

/**
 * The language `/` opens in: the reader's saved choice, else the first of the browser's preferred languages we
 * have, else the default. Thai maps to Lao: many Lao readers run phones set to Thai, which they read fluently.
 */
export function pickStartLanguage(saved: string | null | undefined, preferred: readonly string[]): Language {
  if (isLanguage(saved)) return saved;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
    if (primary === 'th') return 'lo';
  }
  return DEFAULT_LANGUAGE;
}
