import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import type { SearchSource } from '../../src/domain/search/search-source.ts';
import { PEER_FIELDS, peerDocument, peerTokens, type PeerDocument } from './peer-fields.ts';

export type RankIds = (query: string) => string[];
const BOOST = { id: 4, title: 3, pinyin: 2, initials: 2, unit: 1.5, body: 1 };

/** MiniSearch as its documentation advises: a custom tokenizer, fuzzy and prefix search, boosted short fields. */
export function miniSearchEngine(sources: readonly SearchSource[]): RankIds {
  const mini = new MiniSearch<PeerDocument>({
    fields: [...PEER_FIELDS],
    storeFields: [],
    tokenize: peerTokens,
    processTerm: (term) => term,
    searchOptions: { fuzzy: 0.2, prefix: true, boost: BOOST, tokenize: peerTokens, processTerm: (term) => term },
  });
  mini.addAll(sources.map(peerDocument));
  return (query) => mini.search(query).slice(0, 20).map((r) => String(r.id));
}

/**
 * FlexSearch's Document index as its documentation advises for mixed scripts: a custom encoder (the same tokens),
 * forward tokenizing for prefixes, `suggest` so a query with a slip still returns its closest records.
 */
export function flexSearchEngine(sources: readonly SearchSource[]): RankIds {
  const index = new FlexSearch.Document({
    document: { id: 'id', index: PEER_FIELDS.map((field) => ({ field, tokenize: 'forward' as const, resolution: 9, encode: peerTokens })) },
  });
  for (const doc of sources.map(peerDocument)) index.add({ ...doc });
  return (query) => {
    const byField = index.search(query, { limit: 20, suggest: true }) as unknown as { field: string; result: (string | number)[] }[];
    // Merge the per-field lists, short fields first, as a search box would.
    const order = [...byField].sort((a, b) => BOOST[b.field as keyof typeof BOOST] - BOOST[a.field as keyof typeof BOOST]);
    return [...new Set(order.flatMap((f) => f.result.map(String)))].slice(0, 20);
  };
}
