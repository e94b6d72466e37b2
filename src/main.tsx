import '@fontsource/noto-sans-lao/lao-400.css';
import '@fontsource/noto-sans-lao/lao-700.css';
import './styles.css';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n/i18n.ts';
import { createAppRouter } from './router.ts';

const router = createAppRouter();
const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>
  </StrictMode>
);

// Prerendered pages (scripts/prerender.ts) already show their content: the app loads the same route's code,
// texts and record, then hydrates the markup in place. A query (filters, side by side) changes what the page
// shows, so then the app renders it afresh once loaded.
if (container.hasAttribute('data-prerendered')) {
  void router.load().then(() => (window.location.search ? createRoot(container).render(app) : hydrateRoot(container, app)));
} else {
  createRoot(container).render(app);
}
