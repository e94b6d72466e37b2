import type { SearchRequest, SearchResponse, ShownHit } from './shown-hit.ts';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (hits: ShownHit[]) => void>();

/** The search worker, or none where workers are unavailable (then search runs on the page's thread). */
function searchWorker(): Worker | undefined {
  if (worker || typeof Worker === 'undefined') return worker;
  worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }: MessageEvent<SearchResponse>) => {
    pending.get(data.id)?.(data.hits);
    pending.delete(data.id);
  };
  return worker;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function ask(request: WithoutId<SearchRequest>): Promise<ShownHit[]> {
  const target = searchWorker()!;
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    target.postMessage({ ...request, id });
  });
}

/** Starts loading the search texts and building the index, e.g. when the reader focuses the search box. */
export async function warmSearch(): Promise<void> {
  if (searchWorker()) await ask({ type: 'warm' });
  else await (await import('./in-thread-search.ts')).loadSearchIndex();
}

export async function runSearch(query: string, limit = 30): Promise<ShownHit[]> {
  if (!query.trim()) return [];
  if (searchWorker()) return ask({ type: 'search', query, limit });
  return (await import('./in-thread-search.ts')).searchShown(query, limit);
}
