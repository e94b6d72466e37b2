import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchContext } from '../../scripts/lib/browser.ts';
import { watchContext } from './page-watch.ts';

const base = inject('previewUrl');
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

describe.skipIf(!inject('browser'))('journeys in a real browser', () => {
  it('a Lao teacher arrives in Lao, browses by field, reads side by side with Chinese, searches an old spelling', async () => {
    context = await launchContext({ locale: 'lo-LA', viewport: { width: 360, height: 740 } });
    const watch = watchContext(context, base);
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/lo`);
    expect(await page.getAttribute('html', 'lang')).toBe('lo');
    await page.getByRole('link', { name: 'ເບິ່ງລາຍການ' }).first().click();
    // On a phone the filters are folded above the results.
    await page.getByText('ຕົວກັ່ນຕອງ', { exact: true }).first().click();
    await page.getByRole('list', { name: 'ຂະແໜງ' }).getByRole('link', { name: /ເຕັກໂນໂລຊີທາງລົດໄຟ/ }).click();
    await page.waitForURL(/field=railway/);
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('7 ມາດຕະຖານ');
    await page.getByRole('link', { name: 'ການບຳລຸງຮັກສາທາງລົດໄຟ' }).click();
    await page.waitForURL(`${base}/lo/standards/LCS-07`);
    await page.getByRole('navigation', { name: 'ສະແດງຄຽງຄູ່ກັບ' }).getByRole('link', { name: 'ພາສາຈີນ' }).click();
    await page.waitForURL(/compare=zh/);
    const second = page.locator('#units .pair__second').first();
    expect(await second.getAttribute('lang')).toBe('zh');
    expect(await second.textContent()).toMatch(/[\u4e00-\u9fff]{4}/);
    // No horizontal scrolling on a 360 px phone, even with two columns' worth of Lao and Chinese.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('searchbox').fill('ເຫລັກເສີມ');
    await page.waitForURL(/\/lo\/search\?q=/);
    const results = page.getByRole('list', { name: /ຄົ້ນຫາ/ });
    // A record with the word in its title (the steel-fixer training standard) comes first; the course that teaches
    // reinforcement in its body is still found.
    await expect.poll(() => results.getByRole('link').first().textContent()).toContain('ເຫຼັກເສີມ');
    await expect.poll(() => results.getByRole('link').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('ເຕັກນິກການກໍ່ສ້າງອາຄານ')]));
    expect(await results.locator('mark').first().textContent()).toBe('ເຫຼັກເສີມ');
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  it('a trainer opens a short link and a section link cold, copies a link, and prints', async () => {
    context = await launchContext({ locale: 'en-GB', permissions: ['clipboard-read', 'clipboard-write'] });
    const watch = watchContext(context, base);
    const page = await context.newPage();
    await page.goto(`${base}/s/ICC-04`);
    await page.waitForURL(`${base}/en/standards/ICC-04`);
    await page.getByRole('heading', { level: 1, name: 'Traction power supply and overhead contact line maintenance' }).waitFor();

    await page.goto(`${base}/zh/standards/LCS-05#unit-3`);
    const unit = page.locator('#unit-3');
    await expect.poll(() => unit.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(120);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${base}/en/standards/LCS-05#unit-3`);

    await page.getByRole('button', { name: 'Copy the link to the section Assessment' }).click();
    await page.getByText('Link copied.').first().waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/s/LCS-05#assessment`);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.print-heading').isVisible()).toBe(true);
    expect(await page.locator('.print-heading').textContent()).toContain(`${base}/s/LCS-05`);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  it('a staff member opens the coverage page, filters to Lao and downloads the CSV', async () => {
    context = await launchContext({ locale: 'zh-CN', acceptDownloads: true });
    const watch = watchContext(context, base);
    const page = await context.newPage();
    await page.goto(`${base}/zh/coverage`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: '老挝文', exact: true }).first().click();
    await page.waitForURL(/lang=lo/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /CSV/ }).first().click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('LCS-01');
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
