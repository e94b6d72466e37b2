import { translatableTexts } from '../../src/domain/record/text-paths.ts';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import report from 'virtual:coverage';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../src/domain/translation/coverage.ts';
import { COVERAGE_BUCKETS, countOf, displayPercent, totalOf, translatedPercent, type Measure } from '../../src/domain/translation/coverage-tally.ts';
import { renderApp } from './render-app.tsx';
import { realCatalogue, realCounts } from '../fixtures/real-catalogue.ts';

let cli: CoverageReport;
beforeAll(() => {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  cli = JSON.parse(execFileSync(tsx, ['scripts/coverage.ts', '--json'], { encoding: 'utf8' }));
}, 30_000);

/** The figures of one tally table on the page, per language: translated %, each bucket, total. */
function figuresOf(table: HTMLElement) {
  return Object.fromEntries(
    [...table.querySelectorAll('tr[data-language]')].map((row) => [
      row.getAttribute('data-language'),
      {
        translated: row.querySelector('.coverage-percent')!.textContent,
        counts: Object.fromEntries([...row.querySelectorAll('td[data-bucket]')].map((td) => [td.getAttribute('data-bucket'), Number(td.textContent!.replace(/\D/g, ''))])),
      },
    ]),
  );
}

function expected(source: CoverageReport, measure: Measure) {
  return Object.fromEntries(
    source.languages.map((lang) => {
      const tally = source.totals[lang]!;
      return [lang, {
        translated: `${displayPercent(translatedPercent(tally, measure)).toFixed(1)}%`,
        counts: { ...Object.fromEntries(COVERAGE_BUCKETS.map((b) => [b, countOf(tally, measure, b)])), total: totalOf(tally, measure) },
      }];
    }),
  );
}

describe('the coverage page and npm run translation:coverage', () => {
  it('compute the very same report', () => {
    expect(report).toEqual(cli);
  });

  it('show the same figures, in texts and in characters', async () => {
    const first = renderApp('/en/coverage');
    const texts = await screen.findByRole('table', { name: 'By language' });
    expect(figuresOf(texts)).toEqual(expected(cli, 'texts'));
    expect(figuresOf(texts).lo.counts.total).toBe(realCounts.texts);
    first.unmount();
    renderApp('/en/coverage?measure=chars');
    const chars = await screen.findByRole('table', { name: 'By language' });
    expect(figuresOf(chars)).toEqual(expected(cli, 'chars'));
  });
});

describe('/en/coverage', () => {
  it('shows bars by state per language, by collection and by section, and the interface strings', async () => {
    renderApp('/en/coverage');
    expect(await screen.findByRole('heading', { level: 1, name: 'Translation coverage' })).toBeTruthy();
    for (const name of ['By language', 'By collection', 'By section', 'Records', 'Interface strings']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    }
    const collections = screen.getByRole('table', { name: 'By collection' });
    expect(within(collections).getByRole('rowheader', { name: 'Lao course standards' })).toBeTruthy();
    // One row per target language of each collection that has records.
    const withRecords = new Set(realCatalogue.standards.map((s) => s.collection)).size;
    expect(collections.querySelectorAll('tr[data-language]')).toHaveLength(withRecords * 2);
    // One row per target language of each section some record has (the title, and the sections of each text shape in use).
    const sections = new Set(realCatalogue.standards.flatMap((s) => translatableTexts(s.text.zh).map((text) => text.section))).size;
    expect(screen.getByRole('table', { name: 'By section' }).querySelectorAll('tr[data-language]')).toHaveLength(sections * 2);
    expect(screen.getByText('Every interface string exists in Lao and English.')).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Download every text/ }).getAttribute('href')).toBe('/downloads/translation-coverage.csv');
    expect(document.title).toMatch(/^Translation coverage · /);
  });

  it('lists every record, its title in its own language, each figure linking to the record beside the translation', async () => {
    renderApp('/en/coverage');
    const table = await screen.findByRole('table', { name: 'Records' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(realCounts.records);
    const lcs = rows.find((row) => row.querySelector('th')?.textContent === 'LCS-01')!;
    expect(lcs.querySelector('span[lang]')?.getAttribute('lang')).toBe('en');
    const lao = within(lcs).getByRole('link', { name: /^LCS-01 in Lao:/ });
    expect(lao.getAttribute('href')).toBe('/en/standards/LCS-01?compare=lo');
    expect(lao.textContent).toMatch(/0\.0% reviewedMachine 28$/);
  });

  it('filters to one language and sorts by its share, in the URL', async () => {
    const { router } = renderApp('/en/coverage');
    await screen.findByRole('table', { name: 'Records' });
    await userEvent.click(screen.getAllByRole('link', { name: 'Lao' })[0]);
    await waitFor(() => expect(router.state.location.search).toEqual({ lang: 'lo' }));
    expect(screen.getByRole('table', { name: 'By language' }).querySelectorAll('tr[data-language]')).toHaveLength(1);
    const table = screen.getByRole('table', { name: 'Records' });
    expect(within(table).queryByRole('columnheader', { name: 'English' })).toBeNull();
    expect(screen.getByRole('link', { name: /^Download every text/ }).getAttribute('href')).toBe('/downloads/translation-coverage-lo.csv');
    await userEvent.click(within(table).getByRole('link', { name: 'Lao' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ lang: 'lo', order: 'lo' }));
    expect(within(table).getByRole('columnheader', { name: 'Lao' }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('narrows the records table by collection and by state, and ignores what it does not understand', async () => {
    renderApp('/en/coverage?collection=lao-course&status=draft&lang=zh&order=size&measure=words');
    const table = await screen.findByRole('table', { name: 'Records' });
    expect(within(screen.getByRole('region', { name: 'Records' })).getByRole('status').textContent).toMatch(/^\d+ records?$/);
    const ids = within(table).getAllByRole('rowheader').map((th) => th.textContent);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id?.startsWith('LCS-'))).toBe(true);
    expect(within(table).getByRole('columnheader', { name: 'English' })).toBeTruthy();
  });
});

describe('the page in Lao', () => {
  it('is translated, with the numbers written the Lao way', async () => {
    renderApp('/lo/coverage?measure=chars');
    expect(await screen.findByRole('heading', { level: 1, name: 'ຄວາມຄອບຄຸມຂອງການແປ' })).toBeTruthy();
    const overview = screen.getByRole('table', { name: 'ຕາມພາສາ' });
    expect(within(overview).getByRole('columnheader', { name: /ແປດ້ວຍເຄື່ອງ/ })).toBeTruthy();
    const total = overview.querySelector('tr[data-language="lo"] td[data-bucket="total"]')!.textContent;
    expect(total).toBe(new Intl.NumberFormat('lo').format(cli.totals.lo!.chars.machine! + (cli.totals.lo!.chars.draft ?? 0)));
  });
});
