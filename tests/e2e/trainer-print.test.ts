import { courseRecord } from '../fixtures/standards.ts';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { Language } from '../../src/domain/text/languages.ts';
import { HANDOUT_PAIRS, handoutTextState, pairLanguages } from '../../src/domain/print/handout-pairs.ts';
import { realCatalogue } from '../fixtures/real-catalogue.ts';
import { launchContext } from '../../scripts/lib/browser.ts';
import { pdfPageTexts } from './pdf-text.ts';
import { uiString, waitAwake } from './phone.ts';

const base = inject('previewUrl');
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** PDF text comes out with spaces where the glyphs were placed apart: compared without any. */
const squash = (text: string) => text.replace(/\s+/g, '');
const texts = async (pdf: Buffer) => pdfPageTexts(pdf).map(squash);
const record = (id: string) => realCatalogue.standards.find((s) => s.id === id)!;
/** A4 at 96 px per inch, less the top and bottom page margins of the print style sheet (14 mm, 18 mm). */
const A4_CONTENT_PX = ((297 - 14 - 18) / 25.4) * 96;

function footerLine(lang: Language, id: string) {
  const { version, issued } = record(id);
  return squash(`${id} · ${uiString(lang, 'standard', 'fact.version')} ${version} · ${issued} · ${base}/s/${id}`);
}
const pageLine = (lang: Language, n: number, of: number) => squash(uiString(lang, 'standard', 'printPages').replace('{{page}}', String(n)).replace('{{pages}}', String(of)));

describe.skipIf(!inject('browser'))('a trainer prints', () => {
  it('LCS-05 in English on at most 4 A4 pages, with the running footer on every page and the QR code on the first', async () => {
    context = await launchContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${base}/en/standards/LCS-05`);
    await page.locator('.site-name').hover();
    await waitAwake(page);
    await page.locator('.print-heading svg.qr-code').waitFor({ state: 'attached', timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    const qrTop = await page.locator('.print-heading svg.qr-code').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(qrTop).toBeLessThan(A4_CONTENT_PX);

    const pages = await texts(await page.pdf({ preferCSSPageSize: true }));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThanOrEqual(4);
    const line = footerLine('en', 'LCS-05');
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(line);
      expect(text, `page ${i + 1}`).toContain(pageLine('en', i + 1, pages.length));
    });
    expect(pages[0]).toContain(squash(`${uiString('en', 'standard', 'share.shortLabel')}: ${base}/s/LCS-05`));
  });

  it('the footer is there before the app wakes too, from the browser\'s own print command', async () => {
    context = await launchContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${base}/zh/standards/ICC-03`, { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'data-app')).toBeNull();
    const pages = await texts(await page.pdf({ preferCSSPageSize: true }));
    const { version, issued } = record('ICC-03');
    // Chinese glyphs may come out of the PDF in another order: the Latin parts and the numbers are enough.
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(`ICC-03`);
      expect(text, `page ${i + 1}`).toContain(squash(`${version} · ${issued} · ${base}/s/ICC-03`));
    });
  });
});

/** The interface language a pair is tried in: every pair, and every interface language, at least once. */
const UI_FOR_PAIR: Record<(typeof HANDOUT_PAIRS)[number], Language> = { 'lo-zh': 'en', 'lo-en': 'zh', 'zh-en': 'lo' };

describe.skipIf(!inject('browser'))('a trainer prints a handout in two languages', () => {
  it('keeps the pair links where they are while the app takes over, so an early tap lands on the link tapped', async () => {
    context = await launchContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${base}/zh/standards/LCS-05`);
    await page.getByText(uiString('zh', 'standard', 'handout.open'), { exact: true }).click();
    const boxes = () => page.locator('.handout-picker a').evaluateAll((links) => links.map((link) => JSON.stringify(link.getBoundingClientRect())));
    const before = await boxes();
    await waitAwake(page);
    expect(await boxes()).toEqual(before);
  });

  for (const pair of HANDOUT_PAIRS) {
    const ui = UI_FOR_PAIR[pair];
    it(`${pair} from the ${ui} interface: paired paragraph by paragraph, each column in its language, states first`, async () => {
      context = await launchContext({ locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(`${base}/${ui}/standards/LCS-05`);
      await page.getByText(uiString(ui, 'standard', 'handout.open'), { exact: true }).click();
      // Opening the picker wakes the app; the pair is tapped at once, as a trainer would, while the app is loading.
      await page.getByRole('link', { name: uiString(ui, 'standard', `handout.pair.${pair}`) }).click();
      await page.waitForURL(`${base}/${ui}/standards/LCS-05?handout=${pair}`, { timeout: 30_000 });
      const handout = page.locator(`[data-handout="${pair}"]`);
      await handout.waitFor({ timeout: 30_000 });

      const [first, second] = pairLanguages(pair);
      const standard = record('LCS-05');
      const states = await handout.locator('.handout__states li').allTextContents();
      expect(states).toEqual(
        [first, second].map((lang) =>
          uiString(ui, 'standard', 'handout.stateLine')
            .replace('{{language}}', uiString(ui, 'common', `languageName.${lang}`))
            .replace('{{state}}', uiString(ui, 'standard', `handout.state.${handoutTextState(standard, lang)}`)),
        ),
      );
      expect(await handout.locator('.handout__provenance').textContent()).toBe(uiString(ui, 'standard', 'illustrative'));
      expect(await handout.locator('.handout__short a').getAttribute('href')).toBe(`${base}/s/LCS-05`);

      // Paired in order: the n-th text of one column sits beside the n-th text of the other, each in its language.
      const columns = await handout.locator('.pair').evaluateAll((pairs) =>
        pairs.map((p) => ({
          mainLang: p.querySelector('.pair__main')!.getAttribute('lang'),
          secondLang: p.querySelector('.pair__second')!.getAttribute('lang'),
          main: [...p.querySelectorAll('.pair__main [data-text]')].map((el) => el.getAttribute('data-text')),
          second: [...p.querySelectorAll('.pair__second [data-text]')].map((el) => el.getAttribute('data-text')),
          mainText: p.querySelector('.pair__main')!.textContent,
        })),
      );
      const text = courseRecord(standard).text;
      const expectedPaths = [
        'summary',
        'nature',
        ...(['knowledge', 'skills', 'attitudes'] as const).flatMap((kind) => text.zh.objectives[kind].map((_, i) => `objectives/${kind}/${i}`)),
        ...text.zh.units.map((_, i) => `units/${i}/requirements`),
        'assessment',
        ...['methods', 'facilities', 'resources'].map((kind) => `implementation/${kind}`),
      ];
      expect(columns.map((c) => c.main[0])).toEqual(expectedPaths);
      expect(columns.map((c) => c.second.at(-1))).toEqual(expectedPaths);
      expect(new Set(columns.map((c) => `${c.mainLang}|${c.secondLang}`))).toEqual(new Set([`${first}|${second}`]));
      expect(columns[0].mainText).toContain(text[first]!.summary.slice(0, 12));
    });
  }

  it('prints the handout the same from its button and from the browser, with the footer on every page', async () => {
    context = await launchContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${base}/en/standards/CDS-01?handout=lo-zh`);
    await page.locator('[data-handout="lo-zh"] .handout__header svg.qr-code').waitFor({ timeout: 30_000 });
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: uiString('en', 'standard', 'handout.print') }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed), { timeout: 10_000 }).toBe(1);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout__tools').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const pages = await texts(await page.pdf({ preferCSSPageSize: true }));
    expect(pages[0]).toContain(squash(`Lao: ${uiString('en', 'standard', `handout.state.${handoutTextState(record('CDS-01'), 'lo')}`)}`));
    expect(pages[0]).toContain(squash('Chinese: source text'));
    const line = footerLine('en', 'CDS-01');
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(pageLine('en', i + 1, pages.length)));
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(line));
  });
});
