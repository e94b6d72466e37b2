/// <reference lib="webworker" />
import { loadSearchIndex, searchShown } from './in-thread-search.ts';
import type { SearchRequest, SearchResponse } from './shown-hit.ts';

// Building the index and ranking run here, off the page's main thread, so typing never waits for them.
// A failure (the search texts did not load) is answered too, so the page never waits for an answer that never comes.
self.onmessage = async ({ data }: MessageEvent<SearchRequest>) => {
  try {
    const answer = data.type === 'warm' ? (await loadSearchIndex(), { hits: [] }) : await searchShown(data.query, data.limit, data.lang);
    self.postMessage({ id: data.id, ...answer } satisfies SearchResponse);
  } catch (error) {
    self.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) } satisfies SearchResponse);
  }
};
