import { characterCount } from './coverage-texts.ts';
import { addToTally, emptyTally, type Tally } from './coverage-tally.ts';
import type { TargetLanguage } from './coverage-state.ts';
import type { Language } from './languages.ts';

/** The locale files' contents: language → namespace → nested keys. */
export type UiStrings = Record<Language, Record<string, unknown>>;

export interface UntranslatedUiString {
  namespace: string;
  /** Dotted key without the plural suffix, e.g. `nav.coverage` or `results`. */
  key: string;
  /** The Chinese string. */
  source: string;
  missingIn: TargetLanguage[];
}

export interface UiCoverage {
  tallies: Partial<Record<TargetLanguage, Tally>>;
  untranslated: UntranslatedUiString[];
}

// i18next plural suffixes differ by language (Chinese has one form, English two), so keys are compared by base.
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

/**
 * Interface strings have no stored state: Chinese is the source, a key that Lao or English has counts as draft,
 * one it lacks as missing. Each Chinese plural base counts once.
 */
export function uiCoverage(strings: UiStrings, languages: readonly TargetLanguage[]): UiCoverage {
  const tallies: Partial<Record<TargetLanguage, Tally>> = Object.fromEntries(languages.map((lang) => [lang, emptyTally()]));
  const untranslated: UntranslatedUiString[] = [];
  for (const namespace of Object.keys(strings.zh).sort()) {
    const present = Object.fromEntries(languages.map((lang) => [lang, new Set(leaves(strings[lang]?.[namespace]).map(([key]) => key.replace(PLURAL, '')))]));
    const seen = new Set<string>();
    for (const [fullKey, source] of leaves(strings.zh[namespace])) {
      const key = fullKey.replace(PLURAL, '');
      if (seen.has(key)) continue;
      seen.add(key);
      const missingIn = languages.filter((lang) => !present[lang].has(key));
      for (const lang of languages) addToTally(tallies[lang]!, missingIn.includes(lang) ? 'missing' : 'draft', characterCount(source));
      if (missingIn.length > 0) untranslated.push({ namespace, key, source, missingIn });
    }
  }
  return { tallies, untranslated };
}
