import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createAppRouter } from '../router.ts';
import { App } from './app.tsx';

/**
 * Loads the app into the page; resolves once React handles the page's events, so a click the reader made
 * while the app was loading can be replayed (see wake-on-intent.ts).
 */
export function startApp(container: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const router = createAppRouter(undefined, { handover: container.hasAttribute('data-prerendered') });
    const app = (
      <StrictMode>
        <App router={router} onReady={resolve} />
      </StrictMode>
    );
    // Prerendered pages (scripts/prerender.ts) already show their content: the app loads the same route's
    // code, texts and record, then hydrates the markup in place. A query (filters, side by side) changes what
    // the page shows, so then the app renders it afresh once loaded.
    if (container.hasAttribute('data-prerendered')) {
      void router.load().then(() => (window.location.search ? createRoot(container).render(app) : hydrateRoot(container, app)));
    } else {
      createRoot(container).render(app);
    }
  });
}
