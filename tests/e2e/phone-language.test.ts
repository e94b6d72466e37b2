import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Language } from '../../src/domain/text/languages.ts';
import { watchContext } from './page-watch.ts';
import { isAwake, launchDevice, press, settle, uiString, waitAwake, type Device } from './phone.ts';

const base = inject('previewUrl');
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** Each page type, starting in a language chosen so that, over the pages, every pair of languages is switched both ways. */
const PAGES: { path: string; start: Language }[] = [
  { path: '', start: 'lo' },
  { path: '/standards', start: 'zh' },
  { path: '/standards/LCS-01', start: 'en' },
  { path: '/coverage', start: 'lo' },
  { path: '/about', start: 'zh' },
  { path: '/glossary', start: 'en' },
];
const OTHERS: Record<Language, [Language, Language]> = { lo: ['zh', 'en'], zh: ['lo', 'en'], en: ['lo', 'zh'] };

/** What the reader would notice: the address, the document language and the interface labels, all in `lang`. */
async function expectPageIn(page: Page, lang: Language, path: string) {
  await page.waitForURL(`${base}/${lang}${path}`, { timeout: 15_000 });
  await expect.poll(() => page.getAttribute('html', 'lang'), { timeout: 15_000 }).toBe(lang);
  await expect.poll(() => page.locator('.language-switcher').getAttribute('aria-label'), { timeout: 15_000 }).toBe(uiString(lang, 'common', 'language.label'));
  expect(await page.locator('.language-switcher a[aria-current]').getAttribute('hreflang')).toBe(lang);
}

describe.skipIf(!inject('browser'))('switching the language and back, on the first tap', () => {
  for (const device of ['phone', 'desktop'] as const satisfies Device[]) {
    it(`works on every page type on a ${device}, with the app asleep and awake`, async () => {
      context = await launchDevice(device, { locale: 'lo-LA' });
      const watch = watchContext(context, base);
      const page = await context.newPage();
      for (const { path, start } of PAGES) {
        const [b, c] = OTHERS[start];
        await page.goto(`${base}/${start}${path}`, { waitUntil: 'networkidle' });
        expect(await isAwake(page), `${start}${path} starts asleep`).toBe(false);
        // Asleep: the tap wakes the app, which follows the link.
        await press(page, device, `.language-switcher a[hreflang="${b}"]`);
        await expectPageIn(page, b, path);
        await waitAwake(page);
        // Awake: back, to the third language, and back again.
        for (const lang of [start, c, start]) {
          await press(page, device, `.language-switcher a[hreflang="${lang}"]`);
          await expectPageIn(page, lang, path);
        }
      }
      expect(watch.errors, watch.errors.join('\n')).toEqual([]);
    });
  }

  it('changes nothing the reader can see when the pointer only rests on a language link (the preload)', async () => {
    context = await launchDevice('desktop', { locale: 'lo-LA' });
    const page = await context.newPage();
    await page.goto(`${base}/lo/standards/LCS-01`, { waitUntil: 'networkidle' });
    await page.locator('.site-name').hover();
    await waitAwake(page);
    for (const lang of ['zh', 'en'] as const) {
      await page.locator(`.language-switcher a[hreflang="${lang}"]`).hover();
      // The preload fetches the other language's texts and the page's data; wait until it has.
      await settle(page);
      expect(page.url()).toBe(`${base}/lo/standards/LCS-01`);
      expect(await page.getAttribute('html', 'lang')).toBe('lo');
      expect(await page.locator('.language-switcher').getAttribute('aria-label')).toBe(uiString('lo', 'common', 'language.label'));
    }
    await page.locator('.language-switcher a[hreflang="en"]').click();
    await expectPageIn(page, 'en', '/standards/LCS-01');
  });

  for (const device of ['phone', 'desktop'] as const satisfies Device[]) {
    it(`keeps the reader's place without a section anchor on a ${device}`, async () => {
      context = await launchDevice(device, { locale: 'lo-LA' });
      const page = await context.newPage();
      await page.goto(`${base}/lo/standards/LCS-01`, { waitUntil: 'networkidle' });
      await page.locator('.site-name').hover();
      await waitAwake(page);
      // The third skills objective at 120 px from the top of the screen; no #anchor in the address.
      const objectiveTop = () => page.evaluate(() => (document.querySelectorAll('#objectives ul')[1].children[2] as HTMLElement).getBoundingClientRect().top);
      await page.evaluate(() => {
        const objective = document.querySelectorAll('#objectives ul')[1].children[2] as HTMLElement;
        window.scrollBy({ top: objective.getBoundingClientRect().top - 120, behavior: 'instant' });
      });
      const before = await objectiveTop();
      expect(new URL(page.url()).hash).toBe('');
      // The reader reaches the switcher by keyboard (focus without scrolling), as a tap would not scroll either.
      await page.locator('.language-switcher a[hreflang="zh"]').evaluate((link: HTMLElement) => link.focus({ preventScroll: true }));
      await page.keyboard.press('Enter');
      await expectPageIn(page, 'zh', '/standards/LCS-01');
      // The same objective, now in Chinese, is where the Lao one was (toBeCloseTo with -2: within 50 px).
      await expect.poll(objectiveTop, { timeout: 10_000 }).toBeCloseTo(before, -2);
      expect(before).toBeGreaterThan(0);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(740);
      // Focus stays on the switcher, not thrown to the page heading.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('hreflang'))).toBe('zh');
    });
  }
});
