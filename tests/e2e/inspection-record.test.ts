import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchContext } from '../../scripts/lib/browser.ts';
import type { InspectionRecord } from '../../src/domain/record/schema.ts';
import { sectionsOf } from '../../src/domain/record/sections.ts';
import { INSPECTION_SHAPE, shapeOfKind } from '../../src/domain/record/text-shape.ts';
import { realCatalogue } from '../fixtures/real-catalogue.ts';
import { watchContext } from './page-watch.ts';

const base = inject('previewUrl');
/** Data loads (the record's chunk, the search texts) may be slow on a busy machine. */
const PATIENCE = { timeout: 60_000 };
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

const inspections = realCatalogue.standards.filter((s) => shapeOfKind(s.kind) === INSPECTION_SHAPE) as InspectionRecord[];

describe.skipIf(!inject('browser'))('an engineering inspection standard in a real browser', () => {
  it('the catalogue has inspection standards to show', () => {
    expect(inspections.length).toBeGreaterThan(0);
  });

  it('opens from a short link at an inspection item on a Lao phone, with its own sections, each text in its language', async () => {
    const record = inspections[0];
    context = await launchContext({ locale: 'lo-LA', viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const watch = watchContext(context, base);
    const page = await context.newPage();
    await page.goto(`${base}/s/${record.id}#item-2`);
    await page.waitForURL(`${base}/lo/standards/${record.id}#item-2`, PATIENCE);
    const item = page.locator('#item-2');
    await expect.poll(() => item.isVisible(), PATIENCE).toBe(true);
    expect(await item.textContent()).toContain(record.text.lo!.items[1].title);
    expect(await item.evaluate((el) => { const box = el.getBoundingClientRect(); return box.top >= 0 && box.top < window.innerHeight; })).toBe(true);
    // The sections are the inspection shape's, in its order; none of a course standard's.
    const ids = await page.locator('section.standard-section').evaluateAll((els) => els.map((el) => el.id));
    expect(ids).toEqual([...sectionsOf(record.kind).map((section) => section.id), 'history']);
    expect(await page.locator('#objectives, #units').count()).toBe(0);
    // Every piece of text sits inside an element that says its language.
    const unlabelled = await page.locator('main').evaluate((main) => [...main.querySelectorAll('p, li, h1, h2, h3, dt, dd')].filter((el) => !el.closest('[lang]')).length);
    expect(unlabelled).toBe(0);
    expect(await page.locator('#references li').count()).toBe(record.text.lo!.references.length);
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
  });

  it('reads side by side with Chinese: each inspection item followed by its twin', async () => {
    const record = inspections[0];
    context = await launchContext({ locale: 'lo-LA', viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${base}/lo/standards/${record.id}?compare=zh`);
    const seconds = page.locator('#items .pair__second');
    await expect.poll(() => seconds.count(), PATIENCE).toBe(record.text.zh.items.length);
    expect(await seconds.first().getAttribute('lang')).toBe('zh');
    expect(await seconds.first().textContent()).toContain(record.text.zh.items[0].requirements);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  it('is found by the search from a phrase of an inspection item, at that item', async () => {
    const record = inspections.at(-1)!;
    const words = record.text.en!.items[1].title;
    context = await launchContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${base}/en/search?q=${encodeURIComponent(words)}`);
    const first = page.locator('.search-results a[href*="/standards/"]').first();
    await expect.poll(() => first.getAttribute('href'), PATIENCE).toContain(`/en/standards/${record.id}`);
  });
});
