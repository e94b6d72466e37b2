import { registerServiceWorker } from './service-worker.ts';

/**
 * Whether the catalogue is kept on the device for offline use (the service worker precaches about 1.5 MB).
 * Prepaid data costs money: the reader can decline it with the footer's switch, and a browser asking to save
 * data (Save-Data, `navigator.connection.saveData`) starts with it off. An explicit choice is remembered.
 */
const KEY = 'lao-standards.offline';
const listeners = new Set<() => void>();

interface SaveDataConnection {
  saveData?: boolean;
}

function savedChoice(): boolean | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'keep' ? true : value === 'skip' ? false : undefined;
  } catch {
    return undefined;
  }
}

/** Without a choice: on, unless the browser asks to save data. */
export function keepsOffline(): boolean {
  const connection = (navigator as Navigator & { connection?: SaveDataConnection }).connection;
  return savedChoice() ?? !connection?.saveData;
}

export function chooseOffline(keep: boolean): void {
  try {
    localStorage.setItem(KEY, keep ? 'keep' : 'skip');
  } catch {
    // Storage unavailable (private mode): the choice holds for this page only.
  }
  if (keep) registerServiceWorker();
  else {
    document.documentElement.removeAttribute('data-offline-ready');
    void dropOfflineCopy();
  }
  for (const listener of listeners) listener();
}

export function subscribeOfflineChoice(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Unregisters the service worker and deletes what it stored, so the space and the data are given back. */
async function dropOfflineCopy(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
  if ('caches' in window) await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
}
