import { registerSW } from 'virtual:pwa-register';

/**
 * The service worker's news, kept outside React: the worker is registered by the page's first script, before
 * the app has loaded (see boot.ts), and the app shows the news once it has (update-prompt.tsx).
 */
export interface ServiceWorkerNews {
  /** Everything is precached: the catalogue works offline from now on. */
  offlineReady: boolean;
  /** A new deployment is installed and waits for the reader's agreement to take over. */
  updateWaiting: boolean;
}

/** Before the worker has said anything; also what the prerendered markup shows. */
export const NO_NEWS: ServiceWorkerNews = { offlineReady: false, updateWaiting: false };
let news = NO_NEWS;
const listeners = new Set<() => void>();
let updateServiceWorker: ((reloadPage?: boolean) => Promise<void>) | undefined;

function tell(change: Partial<ServiceWorkerNews>) {
  news = { ...news, ...change };
  for (const listener of listeners) listener();
}

/** Registers the service worker once; its precaching then downloads every record and the search texts. */
export function registerServiceWorker(): void {
  updateServiceWorker ??= registerSW({
    immediate: true,
    onOfflineReady: () => tell({ offlineReady: true }),
    onNeedRefresh: () => tell({ updateWaiting: true }),
  });
}

export const serviceWorkerNews = {
  get: (): ServiceWorkerNews => news,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** The waiting version takes over and the page reloads under it. */
  acceptUpdate: () => void updateServiceWorker?.(true),
  dismissUpdate: () => tell({ updateWaiting: false }),
};
