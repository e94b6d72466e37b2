import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { routeTree } from './routeTree.gen.ts';

/**
 * `prerender`: the build-time render, which must emit no inline script (the CSP allows none).
 * `handover`: the app takes over a prerendered page the reader may have scrolled; its first render keeps the
 * scroll position (and the browser's own #section scroll) instead of resetting it.
 */
export function createAppRouter(history?: RouterHistory, { prerender = false, handover = false } = {}) {
  let handingOver = handover;
  return createRouter({
    routeTree,
    history,
    basepath: import.meta.env.BASE_URL,
    defaultPreload: 'intent',
    // Restoring scroll positions needs an inline script in server-rendered HTML; the browser build does it in JS.
    scrollRestoration: prerender
      ? false
      : () => {
          const restore = !handingOver;
          handingOver = false;
          return restore;
        },
    // Deep links to #unit-3 etc. must land on the section once the record has rendered.
    defaultHashScrollIntoView: { block: 'start' },
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
