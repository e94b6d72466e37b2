import { LEVELS } from '../record/record-enums.ts';
import type { Collection } from '../record/collections.ts';
import { oneOf, vocabularyKey } from './search-param.ts';
import { DISPLAY_STATES, type DisplayState } from '../translation/translation-state.ts';
import type { Level } from '../record/record-enums.ts';

export const SORTS = ['id', 'title', 'hours'] as const;
export type Sort = (typeof SORTS)[number];

/** The browse page's URL search params; `sort` is absent for the default (by id). */
export interface BrowseQuery {
  collection?: Collection;
  field?: string;
  level?: Level;
  partner?: string;
  state?: DisplayState;
  sort?: Exclude<Sort, 'id'>;
}
export type FacetName = Exclude<keyof BrowseQuery, 'sort'>;
export const FACET_NAMES: readonly FacetName[] = ['collection', 'field', 'level', 'partner', 'state'];

/**
 * Every field falls back on its own: a bad `level` drops that filter and keeps the others. Every key is present
 * (undefined when absent) because the router merges these over the raw params: a dropped key would let the raw,
 * invalid value through. Undefined values are left out of URLs. `collections` are the keys a collection may be
 * (collections.yaml's): the data, passed in.
 */
export function parseBrowseQuery(search: Record<string, unknown>, collections: readonly Collection[]): BrowseQuery {
  const sort = oneOf(search.sort, SORTS);
  return {
    collection: oneOf(search.collection, collections),
    field: vocabularyKey(search.field),
    level: oneOf(search.level, LEVELS),
    partner: vocabularyKey(search.partner),
    state: oneOf(search.state, DISPLAY_STATES),
    sort: sort === 'id' ? undefined : sort,
  };
}
