import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { watchContext } from './page-watch.ts';
import { isAwake, launchDevice, scrollElementToTop, scrollY, waitAwake } from './phone.ts';

const base = inject('previewUrl');
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

const RECORD = '/lo/standards/LCS-01';

/** A prerendered record page, asleep, scrolled deep down so that the assessment section is 100 px from the top. */
async function openDeep(page: Page): Promise<number> {
  await page.goto(`${base}${RECORD}`, { waitUntil: 'networkidle' });
  expect(await isAwake(page)).toBe(false);
  const y = await scrollElementToTop(page, '#assessment', 100);
  expect(y).toBeGreaterThan(1000);
  return y;
}

/** The reader moves; the app wakes; the page stays where the reader left it. */
async function expectKeptAfterWaking(page: Page, y: number) {
  await waitAwake(page);
  // Hydration and the router's first render are over once the app says ready; one more frame for any late effect.
  await page.evaluate(() => new Promise(requestAnimationFrame));
  expect(Math.abs((await scrollY(page)) - y)).toBeLessThan(50);
}

describe.skipIf(!inject('browser'))('the app takes over the page without moving it', () => {
  it('by a hover, on a desktop: scroll, open disclosure and text selection are kept', async () => {
    context = await launchDevice('desktop');
    const watch = watchContext(context, base);
    const page = await context.newPage();
    await page.goto(`${base}${RECORD}`, { waitUntil: 'networkidle' });
    await page.locator('.all-facts > summary').click(); // a native disclosure: opens without the app
    expect(await isAwake(page)).toBe(false);
    const y = await scrollElementToTop(page, '#assessment', 100);
    const selected = await page.evaluate(() => {
      const paragraph = document.querySelector('#assessment p')!;
      getSelection()!.selectAllChildren(paragraph);
      return getSelection()!.toString();
    });
    await page.locator('#assessment .copy-link__button').hover();
    await expectKeptAfterWaking(page, y);
    expect(await page.locator('.all-facts').getAttribute('open')).not.toBeNull();
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(selected);
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
  });

  it('by a key, on a desktop', async () => {
    context = await launchDevice('desktop');
    const page = await context.newPage();
    const y = await openDeep(page);
    await page.keyboard.press('Shift');
    await expectKeptAfterWaking(page, y);
  });

  it('by a tap on a copy button, on a phone: kept, and the held tap then copies', async () => {
    context = await launchDevice('phone', { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const y = await openDeep(page);
    await page.locator('#assessment .copy-link__button').tap();
    await expectKeptAfterWaking(page, y);
    await page.locator('#assessment .copy-link__status').getByText(/\S/).waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/s\/LCS-01#assessment$/);
  });

  it('by a touch scroll that begins on a link, on a phone', async () => {
    context = await launchDevice('phone');
    const page = await context.newPage();
    await openDeep(page);
    const link = await page.locator('#assessment .copy-link__button').boundingBox();
    const cdp = await context.newCDPSession(page);
    // A finger put down on the button and drawn upwards: the page scrolls down by the gesture.
    await cdp.send('Input.synthesizeScrollGesture', { x: link!.x + 5, y: link!.y + 5, yDistance: -300, gestureSourceType: 'touch', speed: 1200 });
    const scrolled = await scrollY(page);
    await expectKeptAfterWaking(page, scrolled);
  });

  it('by a tap on "side by side", on a phone: the control stays under the finger', async () => {
    context = await launchDevice('phone');
    const page = await context.newPage();
    await page.goto(`${base}${RECORD}`, { waitUntil: 'networkidle' });
    const link = page.locator('.compare-switch a[href*="compare=zh"]');
    await scrollElementToTop(page, '.compare-switch', 300);
    const before = { y: await scrollY(page), top: (await link.boundingBox())!.y };
    expect(await isAwake(page)).toBe(false);
    await link.tap();
    await page.waitForURL(/compare=zh/, { timeout: 15_000 });
    await page.locator('.pair__second').first().waitFor({ timeout: 15_000 });
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(Math.abs((await scrollY(page)) - before.y)).toBeLessThan(50);
    expect(Math.abs((await link.boundingBox())!.y - before.top)).toBeLessThan(50);
  });

  it('by a filter tap on the phone browse page: the list stays where it was', async () => {
    context = await launchDevice('phone');
    const page = await context.newPage();
    await page.goto(`${base}/lo/standards`, { waitUntil: 'networkidle' });
    // Opening the sheet is the reader's first move: it opens natively and wakes the app meanwhile.
    await page.locator('.filters__toggle').tap();
    const facet = page.locator('.facet').nth(1).locator('a:not([aria-current])').nth(2);
    await facet.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const before = await scrollY(page);
    expect(before).toBeGreaterThan(300);
    await facet.tap();
    await page.waitForURL(/field=/, { timeout: 15_000 });
    await page.locator('.filter-chip').waitFor({ timeout: 15_000 });
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(Math.abs((await scrollY(page)) - before)).toBeLessThan(50);
    // The sheet is still open for a second choice, and its action jumps to the results.
    expect(await page.locator('.filters').getAttribute('open')).not.toBeNull();
    await page.locator('.filters__show').tap();
    await expect.poll(() => page.locator('#results').evaluate((results) => results.getBoundingClientRect().top), { timeout: 10_000 }).toBeLessThan(100);
  });
});
