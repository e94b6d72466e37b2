import { fingerprint } from './fingerprint.ts';
import { characterCount, textAt, translatableTexts, type CoverageSection } from '../record/text-paths.ts';
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '../text/languages.ts';
import type { TARGET_STATES } from '../record/record-enums.ts';
import type { CourseStandard } from '../record/schema.ts';

/** Lao and English: the languages translated from the Chinese source. */
export type TargetLanguage = Exclude<Language, 'zh'>;
/** The states a translated text can be in. */
export type TargetState = (typeof TARGET_STATES)[number];
export const TARGET_LANGUAGES = LANGUAGES.filter((lang): lang is TargetLanguage => lang !== SOURCE_LANGUAGE);
export const isTargetLanguage = (value: unknown): value is TargetLanguage => (TARGET_LANGUAGES as readonly unknown[]).includes(value);

/** The state of one text in one target language; `missing` when that language has no such text. */
export type TextState = 'approved' | 'reviewed' | 'draft' | 'machine' | 'missing';

export interface TextStatus {
  /** Path inside the text (`units/2/requirements`); the stable id is `<record id>/<path>`. */
  path: string;
  section: CoverageSection;
  /** The Chinese source text. */
  source: string;
  /** Characters of the Chinese source: the measure of translation work. */
  chars: number;
  target?: string;
  state: TextState;
  /** The Chinese changed after the translation was made (or no fingerprint says what it was made from). */
  stale: boolean;
}

export const stableId = (recordId: string, path: string): string => `${recordId}/${path}`;

/** A translated text's state: its own entry in `textStates`, else the record's state for that language. */
export function stateOfText(record: CourseStandard, lang: TargetLanguage, path: string): TextState {
  if (textAt(record.text[lang], path) === undefined) return 'missing';
  const recordState = record.translation[lang];
  // Validation guarantees a state for every language that has text, and never `source` for Lao or English.
  return record.textStates?.[lang]?.[path] ?? (recordState === undefined || recordState === 'source' ? 'machine' : recordState);
}

/** Every Chinese text of a record with the state of its translation into one language. */
export function textStatuses(record: CourseStandard, lang: TargetLanguage): TextStatus[] {
  return translatableTexts(record.text.zh).map(({ path, section, text: source }) => {
    const target = textAt(record.text[lang], path);
    const state = stateOfText(record, lang, path);
    const stored = record.fingerprints?.[lang]?.[path];
    const stale = target !== undefined && stored !== fingerprint(source);
    return { path, section, source, chars: characterCount(source), target, state, stale };
  });
}
