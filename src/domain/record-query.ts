import { LANGUAGES, type Language } from './languages.ts';
import { oneOf } from './search-param.ts';

/** The record page's search params: `compare` shows a second language side by side. */
export interface RecordQuery {
  compare?: Language;
}

export function parseRecordQuery(search: Record<string, unknown>): RecordQuery {
  return { compare: oneOf(search.compare, LANGUAGES) };
}
