import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { routeTree } from './routeTree.gen.ts';

/** `prerender`: the build-time render, which must emit no inline script (the CSP allows none). */
export function createAppRouter(history?: RouterHistory, { prerender = false } = {}) {
  return createRouter({
    routeTree,
    history,
    basepath: import.meta.env.BASE_URL,
    defaultPreload: 'intent',
    // Restoring scroll positions needs an inline script in server-rendered HTML; the browser build does it in JS.
    scrollRestoration: !prerender,
    // Deep links to #unit-3 etc. must land on the section once the record has rendered.
    defaultHashScrollIntoView: { block: 'start' },
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
