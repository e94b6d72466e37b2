import { LANGUAGES, type Language } from './languages';
import { oneOf, withoutEmpty } from './search-param';

/** The record page's search params: `compare` shows a second language side by side. */
export interface RecordQuery {
  compare?: Language;
}

export function parseRecordQuery(search: Record<string, unknown>): RecordQuery {
  return withoutEmpty({ compare: oneOf(search.compare, LANGUAGES) });
}
