import { fingerprint } from './fingerprint.ts';
import { characterCount } from '../record/text-paths.ts';
import { addToTally, emptyTally, type Tally } from './coverage-tally.ts';
import type { TargetLanguage, TargetState } from './coverage-state.ts';
import type { Language } from '../text/languages.ts';

/**
 * The state of each Lao and English interface string and the fingerprint of the Chinese it was translated from,
 * keyed `namespace:key` (plural keys by their base): `locales/translation-states.json`, beside the locale files
 * the app loads, which stay as they are.
 */
export type UiStates = Partial<Record<TargetLanguage, Record<string, { state: TargetState; fingerprint: string }>>>;
export const uiStringId = (namespace: string, key: string): string => `${namespace}:${key}`;

export interface StaleUiString {
  namespace: string;
  key: string;
  /** The Chinese string now. */
  source: string;
  /** The languages whose translation was made from another Chinese string (or says not from which). */
  staleIn: TargetLanguage[];
}

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
  /** Only when the states file exists: strings whose Chinese changed after their translation was made. */
  stale: StaleUiString[];
}

// i18next plural suffixes differ by language (Chinese has one form, English two), so keys are compared by base.
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

/** Every Chinese interface string by base key (plural forms once), in file order: the units of translation. */
export function uiSourceStrings(strings: UiStrings): { namespace: string; key: string; source: string }[] {
  const found: { namespace: string; key: string; source: string }[] = [];
  for (const namespace of Object.keys(strings.zh).sort()) {
    const seen = new Set<string>();
    for (const [fullKey, source] of leaves(strings.zh[namespace])) {
      const key = fullKey.replace(PLURAL, '');
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ namespace, key, source });
    }
  }
  return found;
}

/** The base keys a language has in a namespace. */
export const presentKeys = (strings: UiStrings, lang: Language, namespace: string): Set<string> =>
  new Set(leaves(strings[lang]?.[namespace]).map(([key]) => key.replace(PLURAL, '')));

/**
 * Interface strings, like record texts: Chinese is the source; a string Lao or English lacks is missing; one it has
 * counts in its stored state, or as stale when the Chinese changed since its fingerprint (or it has none). Without
 * a states file (older checkouts, fixtures), a present string counts as draft. Each Chinese plural base counts once.
 */
export function uiCoverage(strings: UiStrings, languages: readonly TargetLanguage[], states?: UiStates): UiCoverage {
  const tallies: Partial<Record<TargetLanguage, Tally>> = Object.fromEntries(languages.map((lang) => [lang, emptyTally()]));
  const untranslated: UntranslatedUiString[] = [];
  const stale: StaleUiString[] = [];
  for (const namespace of Object.keys(strings.zh).sort()) {
    const present = Object.fromEntries(languages.map((lang) => [lang, new Set(leaves(strings[lang]?.[namespace]).map(([key]) => key.replace(PLURAL, '')))]));
    const seen = new Set<string>();
    for (const [fullKey, source] of leaves(strings.zh[namespace])) {
      const key = fullKey.replace(PLURAL, '');
      if (seen.has(key)) continue;
      seen.add(key);
      const missingIn = languages.filter((lang) => !present[lang].has(key));
      const staleIn: TargetLanguage[] = [];
      for (const lang of languages) {
        const entry = states?.[lang]?.[uiStringId(namespace, key)];
        let bucket: 'missing' | 'stale' | TargetState = 'draft';
        if (missingIn.includes(lang)) bucket = 'missing';
        else if (states && entry?.fingerprint !== fingerprint(source)) bucket = 'stale';
        else if (entry) bucket = entry.state;
        if (bucket === 'stale') staleIn.push(lang);
        addToTally(tallies[lang]!, bucket, characterCount(source));
      }
      if (missingIn.length > 0) untranslated.push({ namespace, key, source, missingIn });
      if (staleIn.length > 0) stale.push({ namespace, key, source, staleIn });
    }
  }
  return { tallies, untranslated, stale };
}

/**
 * Records, for every Lao and English interface string that has no entry, the fingerprint of the Chinese it stands
 * for now, as `draft` (the interface was written by the project's developers, not reviewed). Returns how many
 * entries were added; the entries of changed strings are left alone, so they stay stale until someone looks.
 */
export function fillUiStates(strings: UiStrings, states: UiStates, languages: readonly TargetLanguage[]): number {
  let added = 0;
  for (const { namespace, key, source } of uiSourceStrings(strings)) {
    for (const lang of languages) {
      if (!presentKeys(strings, lang, namespace).has(key)) continue;
      const byId = (states[lang] ??= {});
      const id = uiStringId(namespace, key);
      if (byId[id]) continue;
      byId[id] = { state: 'draft', fingerprint: fingerprint(source) };
      added++;
    }
  }
  return added;
}
