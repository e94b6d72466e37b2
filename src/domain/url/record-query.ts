import { TEXT_PATH } from '../record/text-paths.ts';
import { LANGUAGES, type Language } from '../text/languages.ts';
import { HANDOUT_PAIRS, type HandoutPair } from '../print/handout-pairs.ts';
import { oneOf } from './search-param.ts';

/**
 * The record page's search params: `compare` shows a second language side by side; `text` marks one text
 * (`units/2/requirements`), as the coverage page's "next to review" links do for a reviewer; `handout` shows the
 * two-language handout a trainer prints (`lo-zh`, `lo-en`, `zh-en`).
 */
export interface RecordQuery {
  compare?: Language;
  text?: string;
  handout?: HandoutPair;
}

export function parseRecordQuery(search: Record<string, unknown>): RecordQuery {
  const text = typeof search.text === 'string' && TEXT_PATH.test(search.text) ? search.text : undefined;
  const handout = oneOf(search.handout, HANDOUT_PAIRS);
  return { compare: oneOf(search.compare, LANGUAGES), ...(text && { text }), ...(handout && { handout }) };
}
