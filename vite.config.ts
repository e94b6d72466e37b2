import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { cataloguePlugin } from './src/node/vite/catalogue-plugin.ts';
import { cspPlugin } from './src/node/vite/csp-plugin.ts';
import { prerenderedPreviewPlugin } from './src/node/vite/prerendered-preview-plugin.ts';

// BASE_PATH deploys the catalogue under a sub-path, e.g. BASE_PATH=/standards/ npm run build.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig(({ isSsrBuild }) => ({
  base,
  // The build-time render uses the router's browser code path, so the prerendered markup is exactly what the
  // browser renders and React can hydrate it (the router's own SSR mode needs an inline data script, which the
  // Content-Security-Policy forbids).
  ...(isSsrBuild && {
    resolve: { alias: { '@tanstack/router-core/isServer': fileURLToPath(import.meta.resolve('@tanstack/router-core/isServer').replace(/server\.js$/, 'client.js')) } },
    ssr: { noExternal: [/^@tanstack\//] },
  }),
  build: {
    // Pages arrive prerendered, so their scripts are not on the path to the first paint: no <link modulepreload>
    // in the HTML to take bandwidth from the stylesheet and the Lao font on a slow connection. Chunks loaded
    // later by the app still preload their own dependencies.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? [] : deps) },
  },
  // The search worker loads its texts and the traditional-Chinese table as separate chunks.
  worker: { format: 'es', plugins: () => [cataloguePlugin()] },
  plugins: [
    cataloguePlugin(),
    prerenderedPreviewPlugin(),
    cspPlugin(),
    // Route components and not-found pages load as their own chunks; error components stay in the route's file:
    // a lazy error component makes the router wrap the route in a Suspense boundary, which React hydrates after the
    // rest of the page, so a tap replayed once the app is "ready" could navigate before the page had hydrated.
    tanstackRouter({ target: 'react', autoCodeSplitting: true, codeSplittingOptions: { defaultBehavior: [['component'], ['notFoundComponent']] } }),
    react(),
    VitePWA({
      // The build-time render (scripts/prerender.ts) needs the virtual modules but no service worker of its own.
      disable: Boolean(isSsrBuild),
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'ມາດຕະຖານຫຼັກສູດ ລາວ–ຈີນ · 中老课程标准 · Lao–China Course Standards',
        short_name: 'ມາດຕະຖານ ລາວ–ຈີນ',
        lang: 'lo',
        start_url: base,
        scope: base,
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // After one visit everything works offline: app shell, locales, every record, the search texts, the fonts.
        globPatterns: ['index.html', 'assets/**/*.{js,css,woff2}', '*.{svg,webmanifest}'],
        navigateFallback: `${base}index.html`,
        navigateFallbackDenylist: [/\/downloads\//],
        // The search texts of all 61 records in three languages are one 2 MB chunk.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The first visit's page is controlled at once, so it works offline without a reload; later versions still wait.
        clientsClaim: true,
      },
    }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'jsdom', testTimeout: 60_000, include: ['tests/**/*.test.{ts,tsx}'], exclude: ['tests/e2e/**'], setupFiles: ['tests/setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          // Generous: axe over eleven pages in one test takes ~20 s here, and CI machines are shared.
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
