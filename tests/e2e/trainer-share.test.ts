import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { relationsOf } from '../../src/domain/links/relations.ts';
import { realCatalogue } from '../fixtures/real-catalogue.ts';
import { launchContext } from '../../scripts/lib/browser.ts';
import { watchContext } from './page-watch.ts';
import { uiString, waitAwake } from './phone.ts';

const base = inject('previewUrl');
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

describe.skipIf(!inject('browser'))('a trainer shares the short link', () => {
  it('copies /s/ID from the top of the record, and /s/ID#section from a section', async () => {
    context = await launchContext({ locale: 'en-GB', permissions: ['clipboard-read', 'clipboard-write'] });
    const watch = watchContext(context, base);
    const page = await context.newPage();
    await page.goto(`${base}/en/standards/LCS-05`);
    const copyShort = page.getByRole('button', { name: uiString('en', 'standard', 'share.copyShort') });
    // Near the top: within the first screen of a laptop, above the first section.
    const top = await copyShort.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(await page.locator('#summary').evaluate((el) => el.getBoundingClientRect().top));
    await copyShort.click();
    await page.getByText(uiString('en', 'standard', 'share.copied')).first().waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/s/LCS-05`);
    await page.getByRole('button', { name: 'Copy the link to the section Content units' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 }).toBe(`${base}/s/LCS-05#units`);
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
  });

  it('shows a projector-size QR code that decodes to the short link', async () => {
    context = await launchContext({ locale: 'lo-LA', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/lo/standards/LCS-05`);
    await page.getByRole('button', { name: uiString('lo', 'standard', 'share.showQr') }).click();
    const dialog = page.getByRole('dialog');
    const code = dialog.locator('svg.qr-code');
    await code.waitFor({ timeout: 30_000 });
    const box = (await code.boundingBox())!;
    expect(box.height).toBeGreaterThan(800 * 0.6);
    const png = PNG.sync.read(await code.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(`${base}/s/LCS-05`);
    await dialog.getByRole('button', { name: uiString('lo', 'standard', 'share.closeQr') }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('reaches LCS-05 from sloppy short links and a section', async () => {
    context = await launchContext({ locale: 'en-GB' });
    const page = await context.newPage();
    for (const typed of ['LCS5', 'lcs-5', 'lcs%2005']) {
      await page.goto(`${base}/s/${typed}`);
      await page.waitForURL(`${base}/en/standards/LCS-05`, { timeout: 30_000 });
      await page.getByRole('heading', { level: 1, name: /signalling/i }).waitFor({ timeout: 30_000 });
    }
    await page.goto(`${base}/s/LCS-05#unit-3`);
    await page.waitForURL(`${base}/en/standards/LCS-05#unit-3`, { timeout: 30_000 });
  });

  it('follows "part of" and "used in" links both ways', async () => {
    context = await launchContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const group = (kind: string) => page.locator(`.standard-relations [data-relation="${kind}"]`);

    // LCS-05 is part of the programme standard that includes it, and that programme lists it.
    const [programme] = relationsOf(realCatalogue.standards, 'LCS-05').partOf;
    expect(programme).toBeDefined();
    await page.goto(`${base}/en/standards/LCS-05`);
    await group('partOf').getByRole('link', { name: new RegExp(programme) }).click();
    await page.waitForURL(`${base}/en/standards/${programme}`, { timeout: 30_000 });
    await group('includes').getByRole('link', { name: /LCS-05/ }).click();
    await page.waitForURL(`${base}/en/standards/LCS-05`, { timeout: 30_000 });

    // A course resource says where it is used; each of those lists it.
    const resource = realCatalogue.standards.find((s) => relationsOf(realCatalogue.standards, s.id).usedIn.length > 1)!;
    const users = relationsOf(realCatalogue.standards, resource.id).usedIn;
    await page.goto(`${base}/en/standards/${resource.id}`);
    expect(await group('usedIn').getByRole('link').allTextContents()).toEqual(users.map((id) => expect.stringContaining(id)));
    await group('usedIn').getByRole('link', { name: new RegExp(users[0]) }).click();
    await page.waitForURL(`${base}/en/standards/${users[0]}`, { timeout: 30_000 });
    await waitAwake(page);
    await group('includes').getByRole('link', { name: new RegExp(resource.id) }).waitFor({ timeout: 10_000 });
    expect(await group('usedIn').count()).toBe(0);
  });
});
