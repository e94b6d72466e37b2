import { isTargetLanguage, type TargetLanguage } from './coverage-state.ts';
import { COVERAGE_SECTIONS, type CoverageSection } from './coverage-texts.ts';
import { COVERAGE_BUCKETS, type CoverageBucket } from './coverage-tally.ts';
import { COLLECTIONS, type Collection } from './record-enums.ts';
import { oneOf } from './search-param.ts';

/** The records table sorts by id (the default), by title, or by how much of a language is translated. */
export const COVERAGE_ORDERS = ['id', 'title', 'lo', 'en'] as const;
export type CoverageOrder = (typeof COVERAGE_ORDERS)[number];

/**
 * The coverage page's URL search params; defaults (all languages, texts, by id, ascending) are left out. Names
 * differ from the browse page's `state` and `sort`, whose values differ: links to "." share one search type.
 */
export interface CoverageQuery {
  /** Show one target language only. */
  lang?: TargetLanguage;
  /** Count characters of the Chinese source instead of texts. */
  measure?: 'chars';
  /** The records table: only this collection, only this section, only records with a text in this bucket. */
  collection?: Collection;
  section?: CoverageSection;
  status?: CoverageBucket;
  order?: Exclude<CoverageOrder, 'id'>;
  dir?: 'desc';
}

/** Every key present, each falling back to undefined on its own: a hand-edited URL never shows an error. */
export function parseCoverageQuery(search: Record<string, unknown>): CoverageQuery {
  const order = oneOf(search.order, COVERAGE_ORDERS);
  return {
    lang: isTargetLanguage(search.lang) ? search.lang : undefined,
    measure: oneOf(search.measure, ['chars'] as const),
    collection: oneOf(search.collection, COLLECTIONS),
    section: oneOf(search.section, COVERAGE_SECTIONS),
    status: oneOf(search.status, COVERAGE_BUCKETS),
    order: order === 'id' ? undefined : order,
    dir: oneOf(search.dir, ['desc'] as const),
  };
}
