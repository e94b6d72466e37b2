import { createMemoryHistory } from '@tanstack/react-router';
import { renderToString } from 'react-dom/server';
import { App } from './boot/app.tsx';
import { createAppRouter } from './router.ts';

/**
 * Renders one address of the app to HTML at build time (scripts/prerender.ts), so every page exists as a real
 * file that static hosts serve, that reads without JavaScript and that link previews understand.
 */
// The router runs its browser code path here (see vite.config.ts), which reads `window` and `self`; Node has neither.
(globalThis as { window?: unknown }).window ??= globalThis;
(globalThis as { self?: unknown }).self ??= globalThis;

export async function renderPage(url: string): Promise<{ html: string; notFound: boolean }> {
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter(history, { prerender: true });
  await router.load();
  const html = renderToString(<App router={router} />);
  // The not-found pages (page, record, language) all carry one of these classes; the router's own not-found
  // flags are internal, so the markup is the dependable signal.
  return { html, notFound: /class="(not-found|unknown-language)"/.test(html) };
}
