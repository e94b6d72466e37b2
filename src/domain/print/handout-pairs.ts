import type { Language } from '../text/languages.ts';
import type { CourseStandard } from '../record/schema.ts';

/** The language pairs a trainer can print a handout in, Lao first where there is Lao. */
export const HANDOUT_PAIRS = ['lo-zh', 'lo-en', 'zh-en'] as const;
export type HandoutPair = (typeof HANDOUT_PAIRS)[number];

export const pairLanguages = (pair: HandoutPair): [Language, Language] => pair.split('-') as [Language, Language];

/** What a handout says of each language's text: the Chinese source, a translation's state, or none. */
export type HandoutTextState = 'source' | 'machine' | 'draft' | 'reviewed' | 'approved' | 'missing';

export function handoutTextState(standard: Pick<CourseStandard, 'translation' | 'text'>, lang: Language): HandoutTextState {
  if (!standard.text[lang]) return 'missing';
  return standard.translation[lang] ?? 'missing';
}
