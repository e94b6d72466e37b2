import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../../scripts/lib/browser.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    previewUrl: string;
    staticUrl: string;
    browser: boolean;
  }
}

/** Builds the site once, then serves it two ways: `vite preview` and a plain static server without rewrites. */
export default async function setup(project: TestProject) {
  if (!chromiumPath) {
    if (process.env.REQUIRE_BROWSER === '1') throw new Error('REQUIRE_BROWSER=1 but no Chromium was found (install Debian\'s chromium)');
    const line = '!'.repeat(78);
    console.warn(`\n${line}\n!! No Chromium found: the browser end-to-end, accessibility, offline and security tests are\n!! SKIPPED. Install it (apt-get install chromium) or set CHROMIUM_PATH; REQUIRE_BROWSER=1 makes this fail.\n${line}\n`);
  }
  // No browser, no browser tests: the site is not built for nothing (the tests that read it are skipped too).
  project.provide('browser', Boolean(chromiumPath));
  if (!chromiumPath) return;
  if (process.env.E2E_SKIP_BUILD !== '1') execSync('npm run build', { stdio: 'inherit' });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const previewUrl = server.resolvedUrls!.local[0].replace(/\/$/, '');
  const plain = await startStaticServer(join(process.cwd(), 'dist'));
  project.provide('previewUrl', previewUrl);
  project.provide('staticUrl', plain.url);
  return async () => {
    await server.close();
    plain.server.close();
  };
}
