import { textStatuses, TARGET_LANGUAGES, type TargetLanguage, type TextState } from './coverage-state.ts';
import type { CourseStandard } from '../record/schema.ts';

/** What a reader of a record is told about each translated text: its state, and whether its Chinese changed since. */
export interface ReaderTextState {
  state: Exclude<TextState, 'missing'>;
  stale?: true;
}
export type ReaderTextStates = Partial<Record<TargetLanguage, Record<string, ReaderTextState>>>;

/**
 * Per target language and text path, the state of each text the record has, for the record page's discreet marks.
 * Computed at build time: the record chunks readers download leave out the fingerprints this needs.
 */
export function readerTextStates(standard: CourseStandard): ReaderTextStates {
  const states: ReaderTextStates = {};
  for (const lang of TARGET_LANGUAGES) {
    if (!standard.text[lang]) continue;
    const byPath: Record<string, ReaderTextState> = {};
    for (const status of textStatuses(standard, lang)) {
      if (status.state === 'missing') continue;
      byPath[status.path] = status.stale ? { state: status.state, stale: true } : { state: status.state };
    }
    states[lang] = byPath;
  }
  return states;
}

/** A record as the record page gets it: without translation bookkeeping, with the states it implies. */
/** Omit that keeps a union a union (course records and inspection records). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type ReaderStandard = OmitEach<CourseStandard, 'textStates' | 'fingerprints'> & { textStatus?: ReaderTextStates };
