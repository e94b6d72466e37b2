import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchContext } from '../../scripts/lib/browser.ts';

const base = inject('previewUrl');
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** Chromium DevTools' "Slow 3G" profile. */
const SLOW_3G = { offline: false, latency: 400 * 5, downloadThroughput: ((500 * 1000) / 8) * 0.8, uploadThroughput: ((500 * 1000) / 8) * 0.8 };

interface Visit {
  /** Milliseconds from the request to the first paint of text, on each page the visit went through. */
  paints: { path: string; ms: number }[];
  finalPath: string;
}

/** A cold visit on Slow 3G in a fresh profile: when each page it went through first painted its content. */
async function visit(path: string, locale: string): Promise<Visit> {
  context = await launchContext({ locale, serviceWorkers: 'block' });
  const page = await context.newPage();
  const paints: { path: string; at: number }[] = [];
  await page.exposeFunction('reportPaint', (p: string, at: number) => paints.push({ path: p, at }));
  await page.addInitScript(() => {
    const path = location.pathname;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'first-contentful-paint') (window as unknown as { reportPaint: (p: string, at: number) => void }).reportPaint(path, performance.timeOrigin + entry.startTime);
      }
    }).observe({ type: 'paint', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  const start = Date.now();
  await page.goto(`${base}${path}`, { waitUntil: 'commit', timeout: 120_000 });
  await page.locator('main h1').first().waitFor({ timeout: 120_000 });
  await page.waitForLoadState('load', { timeout: 120_000 });
  await page.waitForTimeout(500);
  const finalPath = new URL(page.url()).pathname;
  await context.close();
  context = undefined;
  return { paints: paints.map((p) => ({ path: p.path, ms: Math.round(p.at - start) })), finalPath };
}

describe.skipIf(!inject('browser'))('a short link on a slow connection', () => {
  for (const [locale, lang] of [['lo-LA', 'lo'], ['en-GB', 'en']] as const) {
    it(`shows the record within 0.5 s of the full address (${locale} reader, Slow 3G)`, async () => {
      const full = await visit(`/${lang}/standards/LCS-03`, locale);
      const short = await visit('/s/LCS-03', locale);
      console.log(`Slow 3G, ${locale}: full address first paint ${JSON.stringify(full.paints)}; short link ${JSON.stringify(short.paints)} → ${short.finalPath}`);
      expect(short.finalPath).toBe(`/${lang}/standards/LCS-03`);
      expect(full.paints.length).toBeGreaterThan(0);
      expect(short.paints.length).toBeGreaterThan(0);
      // The short link's own page is the record (in the default language), painted as early as the full address.
      expect(short.paints[0].ms - full.paints[0].ms).toBeLessThan(500);
    }, 300_000);
  }

  it('/ reaches the home page in the reader\'s language without waiting for the app (Slow 3G)', async () => {
    const root = await visit('/', 'en-GB');
    console.log(`Slow 3G, en-GB: / first paint ${JSON.stringify(root.paints)} → ${root.finalPath}`);
    expect(root.finalPath).toBe('/en');
    expect(root.paints.map((p) => p.path)).toContain('/en');
  }, 300_000);
});
