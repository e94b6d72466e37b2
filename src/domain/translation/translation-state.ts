import type { Language } from '../text/languages.ts';
import type { CourseStandard } from '../record/schema.ts';
import type { TranslationState } from '../record/record-enums.ts';

/** `missing` is derived: a language with no text has no stored state. */
export type DisplayState = TranslationState | 'missing';
export const DISPLAY_STATES: readonly DisplayState[] = ['source', 'approved', 'reviewed', 'draft', 'machine', 'missing'];

export function translationState(standard: Pick<CourseStandard, 'translation'>, lang: Language): DisplayState {
  return standard.translation[lang] ?? 'missing';
}
