import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { cataloguePlugin } from './src/node/catalogue-plugin.ts';
import { prerenderedPreviewPlugin } from './src/node/prerendered-preview-plugin.ts';

export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    cataloguePlugin(),
    prerenderedPreviewPlugin(),
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
  ],
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
  },
});
