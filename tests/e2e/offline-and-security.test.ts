import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchContext } from '../../scripts/lib/browser.ts';
import { watchContext } from './page-watch.ts';
import { conceptUsage } from '../../src/domain/terms/concept-usage.ts';
import { filterConcepts } from '../../src/domain/terms/glossary-groups.ts';
import { realCatalogue } from '../fixtures/real-catalogue.ts';

const { concepts } = realCatalogue.glossary;
const usage = conceptUsage(realCatalogue.standards, concepts);
/** An older Lao spelling that narrows the glossary, and the used concepts it keeps. */
const filtered = (() => {
  const concept = concepts.find((c) => usage[c.id].length > 0 && c.lo.variants?.some((v) => filterConcepts(concepts, v).length < 10))!;
  const query = concept.lo.variants!.find((v) => filterConcepts(concepts, v).length < 10)!;
  const ids = filterConcepts(concepts, query).map((c) => c.id);
  return { query, ids: [concept.id, ...ids.filter((id) => id !== concept.id)] };
})();

const base = inject('previewUrl');
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

describe.skipIf(!inject('browser'))('offline, in a real browser', () => {
  it('after one visit, every page and search works with the network off', async () => {
    context = await launchContext({ locale: 'lo-LA', serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${base}/lo`);
    // The app says when everything is precached; then the service worker controls the page.
    await page.getByText('ລາຍການຖືກບັນທຶກໄວ້ໃນອຸປະກອນນີ້ແລ້ວ', { exact: false }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    await context.setOffline(true);
    await page.goto(`${base}/lo/standards/CDS-22`);
    await page.getByRole('heading', { level: 1, name: 'ການປຸງແຕ່ງເມັດກາເຟຂັ້ນຕົ້ນ ແລະ ການຊີມກາເຟເພື່ອປະເມີນຄຸນນະພາບ' }).waitFor();
    await page.goto(`${base}/en/standards?field=hydropower`);
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('4 standards');
    await page.goto(`${base}/zh/search?q=${encodeURIComponent('鐵路信號')}`);
    await page.getByRole('list', { name: /^搜索/ }).getByRole('link', { name: '铁路信号基础设备维护' }).waitFor();
    await page.goto(`${base}/s/LCS-14`);
    await page.waitForURL(`${base}/lo/standards/LCS-14`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The glossary, in each language, with its filter and the links to records.
    for (const [lang, title, status] of [['lo', 'ຄຳສັບສະເພາະ', /^\d+ ຈາກ \d+ ແນວຄິດ$/], ['zh', '术语表', /^\d+个概念中的\d+个$/], ['en', 'Glossary', /^\d+ of \d+ concepts$/]] as const) {
      await page.goto(`${base}/${lang}/glossary`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 15_000 }).toMatch(status);
      expect(await page.locator('article.concept').count()).toBe(concepts.length);
    }
    await page.goto(`${base}/en/glossary?q=${encodeURIComponent(filtered.query)}`);
    await expect.poll(() => page.locator('article.concept').count(), { timeout: 15_000 }).toBe(filtered.ids.length);
    await page.locator(`article#${filtered.ids[0]} summary`).click();
    await page.locator(`article#${filtered.ids[0]}`).getByRole('link', { name: usage[filtered.ids[0]][0], exact: true }).click();
    await page.waitForURL(`${base}/en/standards/${usage[filtered.ids[0]][0]}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
});

describe.skipIf(!inject('browser'))('security, in a real browser', () => {
  it('sends no request outside the site, breaks no CSP rule, and prints no error, across a whole visit', async () => {
    context = await launchContext({ locale: 'en-GB' });
    const watch = watchContext(context, base);
    const page = await context.newPage();
    for (const path of ['/', '/en/standards', '/en/standards/LCS-01?compare=lo', '/lo/about', '/zh/search?q=xny', '/en/coverage', '/lo/glossary', '/s/CDS-01']) {
      await page.goto(`${base}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });
});

describe.skipIf(!inject('browser'))('a new deployment, in a real browser', () => {
  it('offers the update instead of silently mixing versions', async () => {
    // The plain static server reads files afresh on every request, like a host after a deployment.
    const site = inject('staticUrl');
    const worker = join(process.cwd(), 'dist', 'sw.js');
    const original = readFileSync(worker, 'utf8');
    context = await launchContext({ locale: 'en-GB', serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      await page.goto(`${site}/en/`);
      await page.getByText('The catalogue is saved on this device').waitFor({ timeout: 30_000 });
      expect(await page.getByText('A new version of the catalogue is available.').count()).toBe(0);
      writeFileSync(worker, `${original}\n// next deployment\n`);
      // The reader comes back after the deployment: the page, still served by the old version, finds the new one.
      await page.reload();
      await page.getByText('A new version of the catalogue is available.').waitFor({ timeout: 30_000 });
      const before = await page.evaluate(() => performance.timeOrigin);
      await page.getByRole('button', { name: 'Reload' }).click();
      // The new version takes over and the page reloads itself under it.
      await expect.poll(() => page.evaluate(() => performance.timeOrigin).catch(() => before), { timeout: 30_000 }).not.toBe(before);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByText('A new version of the catalogue is available.').count()).toBe(0);
    } finally {
      writeFileSync(worker, original);
    }
  });
});
