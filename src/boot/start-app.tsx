import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { useHydrated } from '../components/use-hydrated.ts';
import { i18n } from '../i18n/i18n.ts';
import { createAppRouter } from '../router.ts';

/**
 * Loads the app into the page; resolves once React handles the page's events, so a click the reader made
 * while the app was loading can be replayed (see wake-on-intent.ts).
 */
export function startApp(container: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const router = createAppRouter();
    const app = (
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <RouterProvider router={router} />
        </I18nextProvider>
        <AppReady onReady={resolve} />
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

/** Renders nothing; its effect runs once hydration is over and values only the browser knows are shown. */
function AppReady({ onReady }: { onReady: () => void }) {
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated) onReady();
  }, [hydrated, onReady]);
  return null;
}
