import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { loadCatalogueOrExit } from '../../src/node/catalogue/load-catalogue.ts';
import { launchContext } from '../../scripts/lib/browser.ts';
import { watchContext } from './page-watch.ts';

const base = inject('previewUrl');
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

// The index loads and builds in a worker on a busy machine: wait for it explicitly, never the default second.
const PATIENCE = { timeout: 60_000 };
const TONE_MARK = /[\u0EC8-\u0ECB]/;

describe.skipIf(!inject('browser'))('search forgives slips and invents nothing, in a real browser', () => {
  it('finds a Lao title typed with a tone mark left out', async () => {
    const record = loadCatalogueOrExit().standards.find((s) => TONE_MARK.test(s.text.lo?.title ?? ''))!;
    const title = record.text.lo!.title;
    const typed = title.replace(TONE_MARK, '');
    expect(typed).not.toBe(title);
    context = await launchContext({ locale: 'lo-LA', viewport: { width: 360, height: 740 } });
    const watch = watchContext(context, base);
    const page = await context.newPage();
    await page.goto(`${base}/lo`);
    await page.getByRole('searchbox').fill(typed);
    await page.waitForURL(/\/lo\/search\?q=/, PATIENCE);
    const results = page.getByRole('list', { name: /ຄົ້ນຫາ/ });
    await expect.poll(() => results.getByRole('link').first().getAttribute('href'), PATIENCE).toContain(`/lo/standards/${record.id}`);
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
  });

  it('says there is no match for a topic the catalogue does not cover, and shows no result', async () => {
    context = await launchContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${base}/en/search?q=${encodeURIComponent('volcano monitoring')}`);
    await expect.poll(() => page.getByRole('status').first().textContent(), PATIENCE).toBe('No standard matches “volcano monitoring”.');
    expect(await page.locator('.search-results .standard-card').count()).toBe(0);
  });

  it('offers a near spelling for a query that found nothing, and the offer finds something', async () => {
    context = await launchContext({ locale: 'en-GB', viewport: { width: 360, height: 740 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${base}/en/search?q=pupm`);
    const offer = page.locator('.did-you-mean').getByRole('link');
    await expect.poll(() => offer.textContent(), PATIENCE).toBe('pump');
    expect(await page.locator('.did-you-mean').textContent()).toContain('Did you mean');
    await offer.tap();
    await page.waitForURL(/\/en\/search\?q=pump$/, PATIENCE);
    await expect.poll(() => page.locator('.search-results .standard-card').count(), PATIENCE).toBeGreaterThan(0);
  });

  it('finds the drone standards for "UAV" through the glossary, and says so', async () => {
    context = await launchContext({ locale: 'lo-LA', viewport: { width: 360, height: 740 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${base}/lo/search?q=UAV`);
    const via = page.locator('.search-results .via-glossary').first();
    await expect.poll(() => via.count(), PATIENCE).toBe(1);
    expect(await via.locator('[lang="en"]').first().textContent()).toBe('UAV');
    expect(await via.getByRole('link').getAttribute('href')).toMatch(/\/lo\/glossary#drone$/);
    expect(await page.locator('.search-results .standard-card').count()).toBeGreaterThan(0);
  });
});
