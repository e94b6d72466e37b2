import { TEXT_PATH } from '../record/text-paths.ts';
import { LANGUAGES, type Language } from '../text/languages.ts';
import { oneOf } from './search-param.ts';

/**
 * The record page's search params: `compare` shows a second language side by side; `text` marks one text
 * (`units/2/requirements`), as the coverage page's "next to review" links do for a reviewer.
 */
export interface RecordQuery {
  compare?: Language;
  text?: string;
}

export function parseRecordQuery(search: Record<string, unknown>): RecordQuery {
  const text = typeof search.text === 'string' && TEXT_PATH.test(search.text) ? search.text : undefined;
  return { compare: oneOf(search.compare, LANGUAGES), ...(text && { text }) };
}
