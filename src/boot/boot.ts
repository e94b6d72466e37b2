import '@fontsource/noto-sans-lao/lao-400.css';
import '@fontsource/noto-sans-lao/lao-700.css';
import '../styles.css';
// Global, like styles.css: prerendered coverage pages show their bars before the app loads.
import '../components/translation/coverage-page.css';
import { listenForSearchShortcut, SEARCH_INPUT_ID } from '../components/search/search-shortcut.ts';
import { APP_READY_DATASET_KEY, PRERENDERED_ATTRIBUTE, START_FAILED_ATTRIBUTE } from '../domain/site/page-markers.ts';
import { keepsOffline } from '../offline/offline-choice.ts';
import { registerServiceWorker, serviceWorkerNews } from '../offline/service-worker.ts';
import '../components/terms/glossary-page.css';
import { syncPrintFooter } from '../components/record/print-footer-sheet.ts';
import { readSavedLanguage } from '../i18n/saved-language.ts';
import { answerNeutralAddress } from './neutral-address.ts';
import { markWaiting, wakeOnIntent } from './wake-on-intent.ts';

// `/` and a short link (/s/LCS-05) open in the reader's language at once, without waiting for the app.
const leaving = answerNeutralAddress(document, import.meta.env.BASE_URL, { saved: readSavedLanguage(), preferred: navigator.languages ?? [navigator.language] });

// Where the device has a share sheet, the record page offers it: marked here so that the button is in place
// before the reader reaches for it, not added by the app under a finger.
document.documentElement.toggleAttribute('data-can-share', typeof navigator.share === 'function');

// The page's first and only script until the reader acts: the app itself is loaded by wakeOnIntent.
const container = document.getElementById('root')!;
// `/` focuses the search box before the app is ready; then the search box listens itself.
const stopSearchShortcut = listenForSearchShortcut(document);
// Typing into the search box before the app has loaded: a sign at the box that the search is coming.
const onEarlyTyping = (event: Event) => {
  if (event.target instanceof HTMLInputElement && event.target.id === SEARCH_INPUT_ID && event.target.form) markWaiting(event.target.form, true);
};
document.addEventListener('input', onEarlyTyping);
const wake = wakeOnIntent({
  document,
  start: () =>
    import('./start-app.tsx')
      .then(({ startApp }) => startApp(container))
      .then(() => {
        stopSearchShortcut();
        showStartFailed(false);
        document.removeEventListener('input', onEarlyTyping);
        const searchForm = document.getElementById(SEARCH_INPUT_ID)?.closest('form');
        if (searchForm) markWaiting(searchForm, false);
        // For those who watch from outside, such as the browser tests and bench:size.
        document.documentElement.dataset[APP_READY_DATASET_KEY] = 'ready';
      }),
  followLink: (link) => window.location.assign(keepSection(link)),
  onStartError: (error) => {
    console.warn('The app could not load; the page still reads and its links still work.', error);
    const searchForm = document.getElementById(SEARCH_INPUT_ID)?.closest('form');
    if (searchForm) markWaiting(searchForm, false);
    showStartFailed(true);
  },
});

// A prerendered page without a query shows what its address asks for, so the app can wait. Any other page
// (the app shell the service worker serves, a page with filters or a search) needs the app to show anything.
if (!leaving && (!container.hasAttribute(PRERENDERED_ATTRIBUTE) || window.location.search)) void wake();

// A printed record repeats its id, version, date, short link and page number at the foot of every page, whether
// printed before the app wakes or after, from its Print button or from the browser's own command.
syncPrintFooter(document);
window.addEventListener('beforeprint', () => syncPrintFooter(document));

// News from the service worker: "saved for offline use" is a quiet line in the prerendered footer, shown here
// without waking the app (that would cost a slow phone the whole app for one sentence); an update waiting needs
// the app's prompt, so it wakes the app.
serviceWorkerNews.subscribe(() => {
  const news = serviceWorkerNews.get();
  document.documentElement.toggleAttribute('data-offline-ready', news.offlineReady);
  if (news.updateWaiting) void wake();
});
// Registered once the page is idle, so the precaching does not compete with the first view on a slow connection;
// and only if the reader keeps the catalogue for offline use (offline-choice.ts: off under Save-Data).
if (keepsOffline()) {
  if ('requestIdleCallback' in window) requestIdleCallback(registerServiceWorker, { timeout: 5000 });
  else setTimeout(registerServiceWorker, 2000);
}

// A quiet notice (in the footer, in the page's language) while the device is offline.
const showOffline = () => document.documentElement.toggleAttribute('data-offline', !navigator.onLine);
showOffline();
window.addEventListener('online', showOffline);
window.addEventListener('offline', showOffline);

/** The prerendered notice, in the page's language, that the app could not be started (a tap was not carried out). */
function showStartFailed(shown: boolean) {
  for (const notice of document.querySelectorAll<HTMLElement>(`[${START_FAILED_ATTRIBUTE}]`)) notice.hidden = !shown;
}

/**
 * The language switcher's links (the only ones with hreflang) keep the section the reader is at (#unit-3), but
 * prerendered links cannot know it; when one is followed as a plain link, the section is added here.
 */
function keepSection(link: HTMLAnchorElement): string {
  const url = new URL(link.href);
  if (link.hreflang && !url.hash) url.hash = window.location.hash;
  return url.href;
}
