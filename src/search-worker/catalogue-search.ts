import type { Language } from '../domain/text/languages.ts';
import type { SearchAnswer, SearchRequest, SearchResponse } from './shown-hit.ts';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<SearchRequest>;

let worker: Worker | undefined;
let workerFailed = typeof Worker === 'undefined';
let nextId = 0;
const pending = new Map<number, { request: Request; resolve: (answer: SearchAnswer) => void; reject: (error: Error) => void }>();

/** Off the page's thread where it can; on it where workers are missing or the worker failed to start. */
function inThread(request: Request): Promise<SearchAnswer> {
  return import('./in-thread-search.ts').then((search) =>
    request.type === 'warm' ? search.loadSearchIndex().then(() => ({ hits: [] })) : search.searchShown(request.query, request.limit, request.lang),
  );
}

function searchWorker(): Worker | undefined {
  if (worker || workerFailed) return worker;
  worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }: MessageEvent<SearchResponse>) => {
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if ('error' in data) waiting?.reject(new Error(data.error));
    else waiting?.resolve(data);
  };
  // A worker that cannot load (an old browser, a chunk missing offline) must not leave the page searching forever.
  worker.onerror = () => {
    worker?.terminate();
    worker = undefined;
    workerFailed = true;
    for (const { request, resolve, reject } of pending.values()) void inThread(request).then(resolve, reject);
    pending.clear();
  };
  return worker;
}

function ask(request: Request): Promise<SearchAnswer> {
  const target = searchWorker();
  if (!target) return inThread(request);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { request, resolve, reject });
    target.postMessage({ ...request, id });
  });
}

/** Starts loading the search texts and building the index, e.g. when the reader focuses the search box. */
export async function warmSearch(): Promise<void> {
  await ask({ type: 'warm' });
}

/** Rejects when the search texts could not be loaded; calling again tries again. `lang` ranks first on a tie. */
export async function runSearch(query: string, lang?: Language, limit = 30): Promise<SearchAnswer> {
  // An empty search page downloads nothing.
  if (!query.trim()) return { hits: [] };
  return ask({ type: 'search', query, limit, lang });
}
