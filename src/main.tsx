import '@fontsource/noto-sans-lao/lao-400.css';
import '@fontsource/noto-sans-lao/lao-700.css';
import './styles.css';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
// texts and record first, then takes the page over in one step, so the reader never sees it empty. (Not React
// hydration: the router's hydration needs an inline data script, which the Content-Security-Policy forbids.)
if (container.hasAttribute('data-prerendered')) {
  void router.load().then(() => createRoot(container).render(app));
} else {
  createRoot(container).render(app);
}
