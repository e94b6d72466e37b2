import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DEVICES, launchDevice, uiString, waitAwake } from './phone.ts';

const base = inject('previewUrl');
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

const SCREEN = DEVICES.phone.viewport.height;
/** Document position (not viewport) of the first element matching the selector. */
const topOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().top + window.scrollY);

describe.skipIf(!inject('browser'))('on a 360 × 740 phone', () => {
  it('browse shows the first result within 1.5 screens, filters folded, a 0 count not a link; the desktop keeps its sidebar', async () => {
    context = await launchDevice('phone');
    const page = await context.newPage();
    await page.goto(`${base}/lo/standards`, { waitUntil: 'networkidle' });
    expect(await topOf(page, '.standard-list li')).toBeLessThan(1.5 * SCREEN);
    expect(await page.locator('.facet').first().isVisible()).toBe(false);
    expect(await page.locator('.filters__toggle').textContent()).toBe(uiString('lo', 'browse', 'filtersHeading'));

    await page.goto(`${base}/lo/standards?collection=lao-course`);
    await waitAwake(page);
    await page.locator('.filter-chip').waitFor({ timeout: 15_000 });
    expect(await topOf(page, '.standard-list li')).toBeLessThan(1.5 * SCREEN);
    // Every value shown with a count of 0 is plain text; every link leads to at least one result.
    const entries = await page.locator('.facet li').evaluateAll((items) => items.map((item) => ({ text: item.textContent!.trim(), link: !!item.querySelector('a') })));
    expect(entries.filter((entry) => entry.text.endsWith('(0)') && entry.link)).toEqual([]);
    expect(await page.locator('.facet__empty').count()).toBe(entries.filter((entry) => entry.text.endsWith('(0)')).length);
    // The chip removes its filter.
    await page.locator('.filter-chip').tap();
    await page.waitForURL(`${base}/lo/standards`, { timeout: 15_000 });
    expect(await page.locator('.filter-chip').count()).toBe(0);

    await context.close();
    context = await launchDevice('desktop');
    const desktop = await context.newPage();
    await desktop.goto(`${base}/lo/standards`, { waitUntil: 'networkidle' });
    expect(await desktop.locator('.facet').first().isVisible()).toBe(true);
    expect(await desktop.locator('.filters__toggle').isVisible()).toBe(false);
  });

  it('a record starts with id, title, key facts, the translation banner and the summary; one illustrative notice', async () => {
    context = await launchDevice('phone');
    const page = await context.newPage();
    await page.goto(`${base}/lo/standards/LCS-01`, { waitUntil: 'networkidle' });
    const order = ['.standard-id', 'h1', '.key-facts', '.translation-banner', '#summary'];
    const tops = await Promise.all(order.map((selector) => topOf(page, `main ${selector}`)));
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    expect(tops.at(-1)).toBeLessThan(1.5 * SCREEN);
    expect(await page.locator('.translation-banner').textContent()).toContain(uiString('lo', 'common', 'languageName.lo'));
    expect(await page.locator('.translation-banner a').getAttribute('href')).toMatch(/^(mailto:|https?:)/);
    expect(await page.locator('.facts').isVisible()).toBe(false); // folded
    expect(await page.getByText(uiString('lo', 'common', 'illustrativeNotice')).count()).toBe(1);
    expect(await page.locator('.provenance-note').count()).toBe(0);
    // The Chinese source has no banner: it is not a translation.
    await page.goto(`${base}/zh/standards/LCS-01`, { waitUntil: 'networkidle' });
    expect(await page.locator('.translation-banner').count()).toBe(0);
  });

  it('"on this page" stays within reach on a long record and takes the reader to a section', async () => {
    context = await launchDevice('phone');
    const page = await context.newPage();
    await page.goto(`${base}/lo/standards/LCS-01`, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.6));
    const summary = page.locator('.on-this-page > summary');
    const box = (await summary.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThan(SCREEN);
    await summary.tap();
    await page.locator('.on-this-page a[href="#units"]').tap();
    await expect.poll(() => page.locator('#units h2').evaluate((heading) => heading.getBoundingClientRect().top), { timeout: 10_000 }).toBeGreaterThan(box.height - 1);
    expect(await page.locator('#units h2').evaluate((heading) => heading.getBoundingClientRect().top)).toBeLessThan(SCREEN / 3);
  });

  it('side by side interleaves item by item, each with its lang; two columns on a desktop', async () => {
    for (const device of ['phone', 'desktop'] as const) {
      context = await launchDevice(device);
      const page = await context.newPage();
      await page.goto(`${base}/lo/standards/LCS-01?compare=zh`);
      await page.locator('.pair').first().waitFor({ timeout: 30_000 });
      const pairs = await page.locator('#objectives .pair').evaluateAll((elements) =>
        elements.map((pair) => {
          const [main, second] = [...pair.children].map((child) => ({ lang: child.getAttribute('lang'), box: child.getBoundingClientRect() }));
          return { langs: [main.lang, second.lang], mainBottom: main.box.bottom, mainTop: main.box.top, secondTop: second.box.top, secondBottom: second.box.bottom, secondLeft: second.box.left, mainRight: main.box.right };
        }),
      );
      expect(pairs.length).toBeGreaterThan(1);
      for (const [i, pair] of pairs.entries()) {
        expect(pair.langs).toEqual(['lo', 'zh']);
        if (device === 'phone') {
          // The Chinese right under its Lao, and before the next objective's Lao.
          expect(pair.secondTop).toBeGreaterThanOrEqual(pair.mainBottom - 1);
          expect(pair.secondTop - pair.mainBottom).toBeLessThan(20);
          if (pairs[i + 1]) expect(pairs[i + 1].mainTop).toBeGreaterThanOrEqual(pair.secondBottom - 1);
        } else {
          expect(pair.secondTop).toBeCloseTo(pair.mainTop, 0);
          expect(pair.secondLeft).toBeGreaterThan(pair.mainRight);
        }
      }
      await context.close();
      context = undefined;
    }
  });

  it('controls are at least 24 px, the main ones 44 px tall; no Lao text under 14 px; ids do not break', async () => {
    context = await launchDevice('phone');
    const page = await context.newPage();
    for (const path of ['/lo/standards/LCS-01', '/lo/standards', '/lo', '/lo/glossary']) {
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      const sizes = await page.evaluate(() => {
        const MAIN = '.language-switcher a, .search-box input, .search-box button, .copy-link__button, .print-button, .filters__toggle, .filter-chip, .on-this-page > summary, .compare-switch a, .offline-choice__switch';
        const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
        // Links inside a sentence are exempt from the target size (WCAG 2.2, 2.5.8 "inline").
        const inline = (element: Element) => element.tagName === 'A' && !!element.closest('p, li:not(nav li), dd, td') && !element.matches(MAIN);
        const controls = [...document.querySelectorAll('a[href], button, input, select, summary')].filter((element) => visible(element) && !element.closest('.skip-link') && !inline(element));
        const small = controls.filter((element) => {
          const box = element.getBoundingClientRect();
          return box.height < 24 || box.width < 24;
        });
        const lowMain = [...document.querySelectorAll(MAIN)].filter((element) => visible(element) && element.getBoundingClientRect().height < 44);
        const tinyLao = [...document.querySelectorAll('body *')].filter(
          (element) => visible(element) && element.closest('[lang]')?.getAttribute('lang') === 'lo' && [...element.childNodes].some((node) => node.nodeType === 3 && /[\u0E80-\u0EFF]/.test(node.textContent!)) && parseFloat(getComputedStyle(element).fontSize) < 14,
        );
        const brokenIds = [...document.querySelectorAll('.standard-id')].filter((element) => visible(element) && element.getClientRects().length > 1);
        const describe = (element: Element) => `${element.tagName.toLowerCase()}.${element.className} "${element.textContent!.trim().slice(0, 30)}" ${Math.round(element.getBoundingClientRect().width)}×${Math.round(element.getBoundingClientRect().height)}`;
        return { small: small.map(describe), lowMain: lowMain.map(describe), tinyLao: tinyLao.map(describe), brokenIds: brokenIds.map(describe), count: controls.length };
      });
      expect(sizes.count, path).toBeGreaterThan(0);
      expect(sizes.small, `${path}: under 24 px`).toEqual([]);
      expect(sizes.lowMain, `${path}: main controls under 44 px`).toEqual([]);
      expect(sizes.tinyLao, `${path}: Lao under 14 px`).toEqual([]);
      expect(sizes.brokenIds, `${path}: ids broken across lines`).toEqual([]);
    }
  });
});
