/// <reference lib="webworker" />
import { loadSearchIndex, searchShown } from './in-thread-search.ts';
import type { SearchRequest, SearchResponse } from './shown-hit.ts';

// Building the index and ranking run here, off the page's main thread, so typing never waits for them.
self.onmessage = async ({ data }: MessageEvent<SearchRequest>) => {
  const hits = data.type === 'warm' ? (await loadSearchIndex(), []) : await searchShown(data.query, data.limit);
  self.postMessage({ id: data.id, hits } satisfies SearchResponse);
};
