import type { Language } from '../text/languages.ts';
import type { CollectionEntry, CollectionVocabulary } from './schema.ts';

/** A key of standards/_vocab/collections.yaml (`lao-course`…): the collections are data, not a list in the code. */
export type Collection = string;

/** The collections' keys in their `order`, the order every list of collections follows. */
export function collectionKeys(collections: CollectionVocabulary): Collection[] {
  return Object.keys(collections).sort((a, b) => collections[a].order - collections[b].order || (a < b ? -1 : a > b ? 1 : 0));
}

/** Where a collection stands in that order (a key the vocabulary lacks goes last). */
export function collectionRank(collections: CollectionVocabulary, key: Collection): number {
  return Object.hasOwn(collections, key) ? collections[key].order : Number.MAX_SAFE_INTEGER;
}

export interface CollectionCount {
  key: Collection;
  entry: CollectionEntry;
  count: number;
}

/** Every collection of the vocabulary, in order, with how many of the given records it holds. */
export function countByCollection(records: readonly { collection: Collection }[], collections: CollectionVocabulary): CollectionCount[] {
  return collectionKeys(collections).map((key) => ({ key, entry: collections[key], count: records.filter((r) => r.collection === key).length }));
}

/** A collection's name in a language; the key itself if the vocabulary lacks it. */
export function collectionName(collections: CollectionVocabulary, key: Collection, lang: Language): string {
  return Object.hasOwn(collections, key) ? collections[key][lang] : key;
}
