import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (browser downloads do not work here); CHROMIUM_PATH points elsewhere if needed. */
export const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => !!path && existsSync(path),
);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** A fresh browser profile per launch, so a service worker or storage never leaks between tests. */
export async function launchContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  if (!chromiumPath) throw new Error('No Chromium found');
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lcs-e2e-')), {
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
    ...options,
  });
}
