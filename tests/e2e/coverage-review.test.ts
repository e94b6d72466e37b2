import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchContext } from '../../scripts/lib/browser.ts';

const base = inject('previewUrl');
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const cli = (script: string, args: string[]) => {
  const result = spawnSync(tsx, [`scripts/${script}.ts`, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
};
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** Clicks a download button and returns the file the browser saved. */
async function downloaded(page: Page, format: 'csv' | 'xliff'): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`.selection-downloads button[data-format="${format}"]`).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

describe.skipIf(!inject('browser'))('coverage for staff, in a real browser', () => {
  it('downloads the filtered texts as CSV and XLIFF, byte for byte what the command line writes', async () => {
    context = await launchContext({ locale: 'zh-CN', acceptDownloads: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${base}/zh/coverage?review=en&rcollection=lao-course&rstate=draft`);
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    const csv = await downloaded(page, 'csv');
    expect(csv.name).toBe('translation-en-lao-course-draft.csv');
    expect(csv.text).toBe(cli('coverage', ['--csv', '--lang', 'en', '--collection', 'lao-course', '--state', 'draft']));
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const xliff = await downloaded(page, 'xliff');
    expect(xliff.name).toBe('translation-en-lao-course-draft.xlf');
    expect(xliff.text).toBe(cli('xliff-export', ['--lang', 'en', '--collection', 'lao-course', '--state', 'draft']));
    expect(xliff.text).toContain('trgLang="en"');
  });

  it('opens a text from the list at that text, marked and in view, beside the Chinese', async () => {
    context = await launchContext({ locale: 'lo-LA', viewport: { width: 1366, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${base}/lo/coverage?rcollection=co-developed`);
    // The prerendered page lists every collection; the app shows the filtered list.
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    const first = page.locator('.review-queue__list a').first();
    const target = new URL((await first.getAttribute('href'))!, base);
    await first.click();
    await page.waitForURL((url) => url.pathname === target.pathname && url.searchParams.get('text') === target.searchParams.get('text'));
    const marked = page.locator('.text--marked').first();
    await marked.waitFor();
    expect(await marked.getAttribute('data-text')).toBe(target.searchParams.get('text'));
    await expect.poll(() => marked.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
    expect(await page.locator('.pair__second[lang="zh"]').count()).toBeGreaterThan(0);
  });
});
