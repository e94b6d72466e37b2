import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { LANGUAGES } from '../../src/domain/text/languages.ts';
import { launchContext } from '../../scripts/lib/browser.ts';
import { watchContext } from './page-watch.ts';

const base = inject('previewUrl');
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** The first script marks the page once the app has taken it over (src/boot/boot.ts). */
const appIsReady = async (page: Page) => (await page.getAttribute('html', 'data-app')) === 'ready';

describe.skipIf(!inject('browser'))('the first view, in a real browser', () => {
  it('reads a cold record page without the app, and the first click, made before the app loaded, still works', async () => {
    // No service worker: its news (offline ready) would wake the app, and this is about the first view alone.
    context = await launchContext({ locale: 'en-GB', serviceWorkers: 'block', permissions: ['clipboard-read', 'clipboard-write'] });
    const watch = watchContext(context, base);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(request.url())));
    await page.goto(`${base}/en/standards/LCS-01`, { waitUntil: 'networkidle' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('New-energy vehicle high-voltage safety and protection');
    expect(await page.locator('#units').isVisible()).toBe(true);
    expect(await appIsReady(page)).toBe(false);
    expect(scripts.length).toBeLessThanOrEqual(2); // the page's own script, and the service worker's helper

    await page.getByRole('button', { name: 'Copy the link to the section Assessment' }).click();
    await page.getByText('Link copied.').first().waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/s/LCS-01#assessment`);
    expect(await appIsReady(page)).toBe(true);
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
  });

  it('takes a search typed while the app is still loading', async () => {
    context = await launchContext({ locale: 'lo-LA', serviceWorkers: 'block' });
    const watch = watchContext(context, base);
    const page = await context.newPage();
    await page.goto(`${base}/lo/about`, { waitUntil: 'networkidle' });
    expect(await appIsReady(page)).toBe(false);
    // `/` and the typing both happen at once, before the app has had time to load.
    await page.keyboard.press('/');
    await page.keyboard.type('ລົດໄຟ');
    await page.waitForURL(/\/lo\/search\?q=/);
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('q')!)).toBe('ລົດໄຟ');
    await page.getByRole('list', { name: /ຄົ້ນຫາ/ }).getByRole('link').first().waitFor();
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
  });

  it('hydrates every prerendered page type in every language without a mismatch, once the reader moves', async () => {
    // A Lao phone: Chromium then has no Lao collation data, so an order made in the browser differs from the build's.
    context = await launchContext({ locale: 'lo-LA', serviceWorkers: 'block' });
    const watch = watchContext(context, base);
    const page = await context.newPage();
    for (const lang of LANGUAGES) {
      for (const path of ['', '/standards', '/standards/CDS-13', '/about', '/search', '/coverage', '/glossary']) {
        await page.goto(`${base}/${lang}${path}`, { waitUntil: 'networkidle' });
        expect(await appIsReady(page), path).toBe(false);
        // Hydration keeps the page's own elements; after a mismatch React renders afresh and replaces them.
        await page.evaluate(() => {
          (window as unknown as { kept: Element[] }).kept = [...document.querySelectorAll('main *')].filter((_, i, all) => i % 25 === 0 || i === all.length - 1);
        });
        await page.locator('.site-name').hover();
        await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
        const replaced = await page.evaluate(() => (window as unknown as { kept: Element[] }).kept.filter((el) => !document.contains(el)).length);
        expect(replaced, `${lang}${path}: elements replaced on hydration`).toBe(0);
      }
    }
    // React reports a hydration mismatch as a console error.
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
  });

  it('follows a link as a plain link when the app is slow to arrive, keeping the section across languages', async () => {
    context = await launchContext({ locale: 'zh-CN', serviceWorkers: 'block' });
    const watch = watchContext(context, base);
    const page = await context.newPage();
    // A slow connection: the app's code takes longer than the reader is asked to wait.
    await page.route(/\/assets\/start-app-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 6000));
      await route.continue().catch(() => {});
    });
    await page.goto(`${base}/zh/standards/LCS-05#unit-3`, { waitUntil: 'networkidle' });
    const start = Date.now();
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${base}/en/standards/LCS-05#unit-3`);
    expect(Date.now() - start).toBeLessThan(5500); // followed after the 3 s of patience, not after the app
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
  });

  it('keeps the page usable when the app cannot load: a held tap is dropped with a notice in the page\'s language, a held link is followed', async () => {
    context = await launchContext({ locale: 'lo-LA', serviceWorkers: 'block' });
    const page = await context.newPage();
    let attempts = 0;
    // The connection drops just as the reader reaches for a control: the app's code never arrives.
    await page.route(/\/assets\/start-app-[^/]*\.js$/, (route) => {
      attempts++;
      return route.abort('internetdisconnected');
    });
    await page.goto(`${base}/lo/standards/LCS-05`, { waitUntil: 'networkidle' });
    const notice = page.locator('[data-start-failed]');
    expect(await notice.isVisible()).toBe(false);
    await page.locator('.copy-link__button').first().click();
    await notice.waitFor({ state: 'visible' });
    expect(await notice.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('lo');
    expect(await notice.textContent()).toBe('ໜ້ານີ້ໂຫຼດບໍ່ສຳເລັດ. ຍັງອ່ານໄດ້ ແລະ ລິ້ງຍັງໃຊ້ໄດ້.');
    expect(attempts).toBeGreaterThanOrEqual(1);
    expect(await appIsReady(page)).toBe(false);
    // The prerendered page still reads, and its links still work, as plain links.
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${base}/en/standards/LCS-05`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });
});
