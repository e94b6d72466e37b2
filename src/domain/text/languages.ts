export const LANGUAGES = ['zh', 'lo', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Chinese is the source language of every standard. */
export const SOURCE_LANGUAGE: Language = 'zh';
export const DEFAULT_LANGUAGE: Language = 'lo';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Order in which a missing translation falls back, per page language:
 * Lao readers get English before Chinese; English readers get Chinese;
 * Chinese readers (the source) get English if a record ever lacks Chinese.
 */
export const FALLBACK_ORDER: Record<Language, readonly Language[]> = {
  lo: ['lo', 'en', 'zh'],
  en: ['en', 'zh'],
  zh: ['zh', 'en'],
};

/** The language a piece of typed text is written in, by its script: Lao letters, Chinese characters, else English. */
export function languageOfText(text: string): Language {
  if (/[\u0E80-\u0EFF]/.test(text)) return 'lo';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  return 'en';
}
