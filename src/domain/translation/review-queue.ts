import { textStatuses, stableId, type TargetLanguage, type TextStatus } from './coverage-state.ts';
import { anchorOf } from '../record/text-paths.ts';
import { bucketOf, type CoverageBucket } from './coverage-tally.ts';
import { collectionRank, type Collection } from '../record/collections.ts';
import type { CollectionVocabulary } from '../record/schema.ts';
import type { CourseStandard } from '../record/schema.ts';

/** The states a text waiting for a person can be in, most urgent first. */
export const QUEUE_STATES = ['stale', 'missing', 'machine', 'draft'] as const satisfies readonly CoverageBucket[];
export type QueueState = (typeof QUEUE_STATES)[number];

/** One text waiting for a reviewer or translator. */
export interface QueueItem {
  /** Stable text id, `LCS-01/units/2/requirements`. */
  id: string;
  record: string;
  path: string;
  collection: Collection;
  field: string;
  state: QueueState;
  /** Characters of the Chinese source. */
  chars: number;
  /** The record page's anchor for the section holding the text; none for the title (the top of the page). */
  anchor?: string;
}

const needsWork = (status: TextStatus): boolean => (QUEUE_STATES as readonly string[]).includes(bucketOf(status));

/**
 * The texts of one language that need a person, in the order a reviewer should take them: stale texts first
 * (a reader is being shown a translation of words that changed), then the certified Lao course standards, then
 * the other collections in their order; within a record, reading order.
 */
export function reviewQueue(standards: readonly CourseStandard[], lang: TargetLanguage, collections: CollectionVocabulary): QueueItem[] {
  const items = standards.flatMap((standard) =>
    textStatuses(standard, lang)
      .filter(needsWork)
      .map(
        (status, order): QueueItem & { order: number } => ({
          id: stableId(standard.id, status.path),
          record: standard.id,
          path: status.path,
          collection: standard.collection,
          field: standard.field,
          state: bucketOf(status) as QueueState,
          chars: status.chars,
          anchor: anchorOf(status.path),
          order,
        }),
      ),
  );
  // A certified collection (collections.yaml names its certifier) first, then the collections in their order.
  const certifiedFirst = (item: QueueItem) => (Object.hasOwn(collections, item.collection) && collections[item.collection].certified ? 0 : 1);
  const rank = (item: QueueItem & { order: number }) => [item.state === 'stale' ? 0 : 1, certifiedFirst(item), collectionRank(collections, item.collection)];
  // The records come sorted by id, so a stable sort keeps record and reading order within each group.
  return items
    .map((item, index) => ({ item, key: [...rank(item), index] }))
    .sort((a, b) => a.key.reduce((result, value, i) => result || value - b.key[i], 0))
    .map(({ item: { order: _order, ...item } }) => item);
}

export interface QueueFilter {
  collection?: Collection;
  field?: string;
  state?: QueueState;
}

export const filterQueue = (items: readonly QueueItem[], filter: QueueFilter): QueueItem[] =>
  items.filter((item) => (!filter.collection || item.collection === filter.collection) && (!filter.field || item.field === filter.field) && (!filter.state || item.state === filter.state));

/**
 * How many items each filter value would leave, given the other filters (as a faceted search counts): a value
 * that would leave none shows 0 and is not offered as a link.
 */
export function queueFacetCounts(items: readonly QueueItem[], filter: QueueFilter) {
  const countBy = <K extends keyof QueueFilter>(key: K) => {
    const counts = new Map<string, number>();
    for (const item of filterQueue(items, { ...filter, [key]: undefined })) counts.set(item[key] as string, (counts.get(item[key] as string) ?? 0) + 1);
    return counts;
  };
  return { collection: countBy('collection'), field: countBy('field'), state: countBy('state') };
}
