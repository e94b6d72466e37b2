import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { Language } from '../../src/domain/text/languages.ts';
import { launchContext } from '../../scripts/lib/browser.ts';

/** A low-cost phone held upright, with a touch screen; and a laptop. */
export const DEVICES = {
  phone: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1366, height: 900 }, hasTouch: false, isMobile: false },
} as const;
export type Device = keyof typeof DEVICES;

/** A fresh profile in the device's shape; no service worker unless asked (its news wakes the app). */
export function launchDevice(device: Device, options: Parameters<typeof launchContext>[0] = {}): Promise<BrowserContext> {
  return launchContext({ serviceWorkers: 'block', ...DEVICES[device], ...options });
}

/** The first script marks the page once the app has taken it over (src/boot/boot.ts). */
export const isAwake = async (page: Page) => (await page.getAttribute('html', 'data-app')) === 'ready';
export const waitAwake = (page: Page) => page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 30_000 });

/** An interface string from the locale files, as the page in that language shows it. */
export function uiString(lang: Language, namespace: string, path: string): string {
  const texts = JSON.parse(readFileSync(`locales/${lang}/${namespace}.json`, 'utf8')) as Record<string, unknown>;
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], texts);
  if (typeof value !== 'string') throw new Error(`locales/${lang}/${namespace}.json has no string at ${path}`);
  return value;
}

export const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** Scrolls so the element's top is `offset` px below the viewport's top; returns the resulting scrollY. */
export async function scrollElementToTop(page: Page, selector: string, offset = 0): Promise<number> {
  return page.evaluate(
    ([sel, off]) => {
      const element = document.querySelector(sel as string)!;
      window.scrollBy({ top: element.getBoundingClientRect().top - (off as number), behavior: 'instant' });
      return window.scrollY;
    },
    [selector, offset] as const,
  );
}

/** A tap or a click, as the device's reader would. */
export async function press(page: Page, device: Device, selector: string): Promise<void> {
  if (device === 'phone') await page.locator(selector).tap();
  else await page.locator(selector).click();
}

/** Resolves once no request has been in flight for `quietMs`: a preload, say, has finished. */
export async function settle(page: Page, quietMs = 400, timeoutMs = 20_000): Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const up = () => {
    inFlight++;
    lastChange = Date.now();
  };
  const down = () => {
    inFlight--;
    lastChange = Date.now();
  };
  page.on('request', up);
  page.on('requestfinished', down);
  page.on('requestfailed', down);
  try {
    const start = Date.now();
    while (inFlight > 0 || Date.now() - lastChange < quietMs) {
      if (Date.now() - start > timeoutMs) throw new Error('the page kept loading');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    page.off('request', up);
    page.off('requestfinished', down);
    page.off('requestfailed', down);
  }
}
