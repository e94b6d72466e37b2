import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { LANGUAGES } from '../../src/domain/text/languages.ts';
import { launchContext } from '../../scripts/lib/browser.ts';

const base = inject('previewUrl');
const PAGE_TYPES = ['', '/standards', '/standards?collection=lao-course&sort=title', '/standards/LCS-02', '/standards/ICC-13?compare=zh', '/standards/LCS-05?compare=en&text=units/1/requirements', '/about', '/search?q=battery', '/coverage', '/glossary', '/glossary?q=ev', '/no-such-page', '/standards/LCS-99'];

describe.skipIf(!inject('browser'))('accessibility in a real browser', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await launchContext({ viewport: { width: 390, height: 800 } });
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  for (const lang of LANGUAGES) {
    it(`has no serious or critical axe violation on any page type in ${lang}`, async () => {
      const found: string[] = [];
      for (const path of [...PAGE_TYPES.map((p) => `/${lang}${p}`), '/xx/unknown-language']) {
        await page.goto(`${base}${path}`);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
          found.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        }
      }
      expect(found, found.join('\n')).toEqual([]);
    });
  }

  it('can be used with the keyboard alone: skip link, search, results, record; focus follows navigation', async () => {
    await page.goto(`${base}/en/about`);
    await page.waitForLoadState('networkidle');
    await page.locator('main h1').waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    // The focused element has a visible focus indicator.
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('interlocking');
    await page.waitForURL(/\/en\/search\?q=interlocking/);
    await page.getByRole('list', { name: /^Search:/ }).getByRole('link').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Computer-based interlocking and centralised traffic control');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/standards\/ICC-03/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Computer-based interlocking and centralised traffic control');
  });
});
