import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { isAwake, launchDevice, uiString, waitAwake } from './phone.ts';

const base = inject('previewUrl');
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A slow connection for the app's code: its first chunk arrives only after `ms`. */
async function slowApp(page: Page, ms: number) {
  await page.route(/\/assets\/start-app-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => {});
  });
}

/** Milliseconds from the reader's touch to the progress sign appearing on the element, measured in the page. */
function measureSign(page: Page, selector: string): Promise<void> {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel)!;
    const times: { touch?: number; sign?: number } = {};
    (window as unknown as { signTimes: typeof times }).signTimes = times;
    document.addEventListener('pointerdown', () => (times.touch ??= performance.now()), { capture: true });
    document.addEventListener('keydown', () => (times.touch ??= performance.now()), { capture: true });
    new MutationObserver(() => {
      if (target.hasAttribute('data-waiting')) times.sign ??= performance.now();
    }).observe(target, { attributes: true });
  }, selector);
}
const signDelay = (page: Page) => page.evaluate(() => (window as unknown as { signTimes: { touch?: number; sign?: number } }).signTimes);

describe.skipIf(!inject('browser'))('feedback on a slow connection', () => {
  it('shows a progress sign at a held tap within 100 ms, and takes it away once the tap is carried out', async () => {
    context = await launchDevice('phone', { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await slowApp(page, 3000);
    await page.goto(`${base}/lo/standards/LCS-01`, { waitUntil: 'domcontentloaded' });
    const button = '#assessment .copy-link__button';
    await page.locator(button).scrollIntoViewIfNeeded();
    await measureSign(page, button);
    await page.locator(button).tap();
    const times = await signDelay(page);
    expect(times.sign! - times.touch!).toBeLessThan(100);
    expect(await page.locator(button).getAttribute('aria-busy')).toBe('true');
    expect(await page.locator(button).evaluate((element) => getComputedStyle(element, '::after').content)).not.toBe('none');
    expect(await isAwake(page)).toBe(false);
    await waitAwake(page);
    await page.locator('#assessment .copy-link__status').getByText(uiString('lo', 'standard', 'share.copied')).waitFor({ timeout: 15_000 });
    expect(await page.locator(button).getAttribute('data-waiting')).toBeNull();
  });

  it('shows a progress sign at the search box for a search typed before the app is ready', async () => {
    context = await launchDevice('phone');
    const page = await context.newPage();
    await slowApp(page, 3000);
    await page.goto(`${base}/lo/about`, { waitUntil: 'domcontentloaded' });
    await measureSign(page, 'form[role="search"]');
    await page.locator('#site-search').tap();
    await page.keyboard.type('ລົດໄຟ');
    const times = await signDelay(page);
    expect(times.sign! - times.touch!).toBeLessThan(1000); // the tap, then the typing: a sign with the first character
    expect(await page.locator('form[role="search"]').getAttribute('data-waiting')).not.toBeNull();
    await page.waitForURL(/\/lo\/search\?q=/, { timeout: 20_000 });
    expect(await page.locator('form[role="search"]').getAttribute('data-waiting')).toBeNull();
  });

  it('says quietly when the device is offline', async () => {
    context = await launchDevice('phone');
    const page = await context.newPage();
    await page.goto(`${base}/lo/about`, { waitUntil: 'networkidle' });
    const notice = page.locator('.offline-notice');
    expect(await notice.isVisible()).toBe(false);
    await context.setOffline(true);
    await notice.waitFor({ state: 'visible', timeout: 5000 });
    expect(await notice.textContent()).toBe(uiString('lo', 'common', 'offline.notice'));
    await context.setOffline(false);
    await notice.waitFor({ state: 'hidden', timeout: 5000 });
  });

  it('leaves the offline download off under Save-Data, until the reader switches it on (remembered)', async () => {
    context = await launchDevice('phone', { serviceWorkers: 'allow' });
    // Chromium sets navigator.connection.saveData from the browser's data saver; the test stands in for it.
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) }));
    const page = await context.newPage();
    await page.goto(`${base}/lo/about`, { waitUntil: 'networkidle' });
    // The loader registers the worker when the page is idle (at the latest after 5 s): wait past that.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 6000 })));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    const offlineSwitch = page.getByRole('switch', { name: uiString('lo', 'common', 'offline.keep') });
    await offlineSwitch.tap();
    await waitAwake(page);
    await expect.poll(() => offlineSwitch.getAttribute('aria-checked'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), { timeout: 20_000 }).toBe(1);
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('.site-name').tap();
    await waitAwake(page);
    expect(await offlineSwitch.getAttribute('aria-checked')).toBe('true');
    // And off again: the worker and its copy are gone.
    await offlineSwitch.tap();
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), { timeout: 20_000 }).toBe(0);
  });
});
