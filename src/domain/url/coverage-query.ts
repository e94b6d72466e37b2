import { isTargetLanguage, type TargetLanguage } from '../translation/coverage-state.ts';
import { COVERAGE_SECTIONS, type CoverageSection } from '../record/text-paths.ts';
import { COVERAGE_BUCKETS, type CoverageBucket } from '../translation/coverage-tally.ts';
import type { Collection } from '../record/collections.ts';
import { oneOf, vocabularyKey } from './search-param.ts';
import { QUEUE_STATES, type QueueState } from '../translation/review-queue.ts';

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
  /** The "next to review" list: its language (else the one chosen above, else Lao) and its own filters. */
  review?: TargetLanguage;
  rcollection?: Collection;
  rfield?: string;
  rstate?: QueueState;
  /** How many texts of the list are shown (it grows by a page at a time). */
  rshow?: number;
}

/** How many texts of the "next to review" list show at first, and how many more each "show more" adds. */
export const REVIEW_PAGE = 25;

/**
 * Every key present, each falling back to undefined on its own: a hand-edited URL never shows an error.
 * `collections` are the keys a collection may be (collections.yaml's).
 */
export function parseCoverageQuery(search: Record<string, unknown>, collections: readonly Collection[]): CoverageQuery {
  const order = oneOf(search.order, COVERAGE_ORDERS);
  return {
    lang: isTargetLanguage(search.lang) ? search.lang : undefined,
    measure: oneOf(search.measure, ['chars'] as const),
    collection: oneOf(search.collection, collections),
    section: oneOf(search.section, COVERAGE_SECTIONS),
    status: oneOf(search.status, COVERAGE_BUCKETS),
    order: order === 'id' ? undefined : order,
    dir: oneOf(search.dir, ['desc'] as const),
    review: isTargetLanguage(search.review) ? search.review : undefined,
    rcollection: oneOf(search.rcollection, collections),
    rfield: vocabularyKey(search.rfield),
    rstate: oneOf(search.rstate, QUEUE_STATES),
    rshow: typeof search.rshow === 'number' && Number.isInteger(search.rshow) && search.rshow > REVIEW_PAGE && search.rshow <= 100_000 ? search.rshow : undefined,
  };
}
