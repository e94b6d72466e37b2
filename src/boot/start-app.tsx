import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createAppRouter } from '../router.ts';
import { PRERENDERED_ATTRIBUTE } from '../domain/site/page-markers.ts';
import { App } from './app.tsx';

/**
 * Loads the app into the page; resolves once React handles the page's events, so a click the reader made
 * while the app was loading can be replayed (see wake-on-intent.ts). Rejects when a step fails (the route's data
 * or code did not load, rendering threw), so the loader can retry or give up instead of waiting forever.
 */
export function startApp(container: HTMLElement): Promise<void> {
  return new Promise((resolve, reject) => {
    const options = { onUncaughtError: (error: unknown) => reject(error) };
    const router = createAppRouter(undefined, { handover: container.hasAttribute(PRERENDERED_ATTRIBUTE) });
    const app = (
      <StrictMode>
        <App router={router} onReady={resolve} />
      </StrictMode>
    );
    // Prerendered pages (scripts/prerender.ts) already show their content: the app loads the same route's
    // code, texts and record, then hydrates the markup in place. A query (filters, side by side) changes what
    // the page shows, so then the app renders it afresh once loaded.
    if (container.hasAttribute(PRERENDERED_ATTRIBUTE)) {
      router
        .load()
        .then(() => {
          // A route whose data or code failed to load would replace a page that reads well with an error: keep the
          // prerendered page instead, and let the loader retry or give up.
          const failed = router.state.matches.find((match) => match.status === 'error');
          if (failed) throw failed.error instanceof Error ? failed.error : new Error(`${failed.routeId} failed to load`);
          if (window.location.search) createRoot(container, options).render(app);
          else hydrateRoot(container, app, options);
        })
        .catch(reject);
    } else {
      createRoot(container, options).render(app);
    }
  });
}
