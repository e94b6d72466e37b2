import { RouterProvider } from '@tanstack/react-router';
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useHydrated } from '../components/shell/use-hydrated.ts';
import { i18n } from '../i18n/i18n.ts';
import type { createAppRouter } from '../router.ts';

/**
 * The whole app, alike in the build-time render (entry-server.tsx) and in the browser (start-app.tsx): React
 * derives generated ids from the shape of the tree, so both must render the same one for hydration to match.
 */
export function App({ router, onReady }: { router: ReturnType<typeof createAppRouter>; onReady?: () => void }) {
  return (
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
      <AppReady onReady={onReady} />
    </I18nextProvider>
  );
}

/** Renders nothing; its effect runs once hydration is over and values only the browser knows are shown. */
function AppReady({ onReady }: { onReady?: () => void }) {
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated) onReady?.();
  }, [hydrated, onReady]);
  return null;
}
