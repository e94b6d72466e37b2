import type { Language } from '../domain/text/languages.ts';

const KEY = 'lao-standards.language';

/** The reader's explicit choice from the language switcher; storage can be unavailable (private mode). */
export function readSavedLanguage(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveLanguage(lang: Language): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Not saving is harmless: / then falls back to the browser's languages.
  }
}
