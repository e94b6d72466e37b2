import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n/i18n.ts';
import { createAppRouter } from './router.ts';

/**
 * Renders one address of the app to HTML at build time (scripts/prerender.ts), so every page exists as a real
 * file that static hosts serve, that reads without JavaScript and that link previews understand.
 */
export async function renderPage(url: string): Promise<{ html: string; status: number; redirect?: string }> {
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter(history);
  await router.load();
  const redirect = router.state.redirect?.options.href ?? (router.state.location.href !== url ? router.state.location.href : undefined);
  const html = renderToString(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  const status = router.state.statusCode;
  return { html, status, redirect };
}
