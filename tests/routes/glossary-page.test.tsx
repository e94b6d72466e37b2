import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { checkTerms } from '../../src/domain/terms/check-terms.ts';
import { conceptUsage } from '../../src/domain/terms/concept-usage.ts';
import { findingsByRecord } from '../../src/domain/terms/findings-by-record.ts';
import { filterConcepts } from '../../src/domain/terms/glossary-groups.ts';
import { realCatalogue } from '../fixtures/real-catalogue.ts';
import { renderApp } from './render-app.tsx';

const { concepts } = realCatalogue.glossary;
const usage = conceptUsage(realCatalogue.standards, concepts);
/** The most used concept, and one with an older Lao spelling among its variants. */
const mostUsed = [...concepts].sort((a, b) => usage[b.id].length - usage[a.id].length)[0];
const withLaoVariant = concepts.find((c) => c.lo.variants?.length && filterConcepts(concepts, c.lo.variants[0]).length < concepts.length / 4)!;

describe('the glossary page', () => {
  it('lists every concept under its field, with an anchor, its terms in three languages and the records that use it', async () => {
    const { container } = renderApp('/en/glossary');
    expect(await screen.findByRole('heading', { level: 1, name: 'Glossary' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(`${concepts.length} of ${concepts.length} concepts`);
    expect(container.querySelectorAll('article.concept')).toHaveLength(concepts.length);
    // The structure of a standard comes first.
    expect(container.querySelector('section.glossary__group h2')?.textContent).toBe('Structure of a standard');

    const entry = container.querySelector<HTMLElement>(`article#${mostUsed.id}`)!;
    expect(within(entry).getByRole('heading', { level: 3 }).textContent).toContain(mostUsed.en.term);
    for (const lang of ['zh', 'lo', 'en'] as const) {
      expect(entry.querySelector(`.concept__term[lang="${lang}"]`)?.textContent).toBe(mostUsed[lang].term);
    }
    expect(within(entry).getByText(`Used in ${usage[mostUsed.id].length} records`)).toBeTruthy();
    const links = within(entry).getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('/en/standards/'));
    expect(links.map((a) => a.textContent)).toEqual(usage[mostUsed.id]);
    expect(within(entry).getByRole('link', { name: `Link to this concept: ${mostUsed.en.term}` }).getAttribute('href')).toBe(`#${mostUsed.id}`);
  });

  it('filters by an older Lao spelling given in the URL, on a Lao page', async () => {
    const variant = withLaoVariant.lo.variants![0];
    const { container } = renderApp(`/lo/glossary?q=${encodeURIComponent(variant)}`);
    await screen.findByRole('heading', { level: 1, name: 'ຄຳສັບສະເພາະ' });
    const expected = filterConcepts(concepts, variant).map((c) => c.id);
    expect(expected).toContain(withLaoVariant.id);
    await waitFor(() => expect([...container.querySelectorAll('article.concept')].map((a) => a.id).sort()).toEqual([...expected].sort()));
    expect((screen.getByRole('searchbox', { name: 'ກັ່ນຕອງຄຳສັບ' }) as HTMLInputElement).value).toBe(variant);
  });

  it('keeps what is typed in the URL, and shows every concept again when it is cleared', async () => {
    const user = userEvent.setup();
    const { router, container } = renderApp('/en/glossary');
    const box = await screen.findByRole('searchbox', { name: 'Filter the glossary' });
    await user.type(box, 'zzzz-no-term');
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'zzzz-no-term' }), { timeout: 10_000 });
    expect(await screen.findByText('No concept matches “zzzz-no-term”.')).toBeTruthy();
    expect(container.querySelectorAll('article.concept')).toHaveLength(0);
    await user.clear(box);
    await waitFor(() => expect(router.state.location.search).toEqual({}), { timeout: 10_000 });
    expect(container.querySelectorAll('article.concept')).toHaveLength(concepts.length);
  });

  it('is linked from the header and from the coverage page, which counts the terminology findings per record and language', async () => {
    const { container } = renderApp('/en/coverage');
    await screen.findByRole('heading', { level: 1 });
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Glossary' }).getAttribute('href')).toBe('/en/glossary');
    const section = screen.getByRole('region', { name: 'Terminology findings' });
    expect(within(section).getByRole('link', { name: /in the glossary/ }).getAttribute('href')).toBe('/en/glossary');
    const grouped = findingsByRecord(checkTerms(realCatalogue.standards, realCatalogue.glossary));
    const rows = [...container.querySelectorAll('.term-findings tr[data-record]')];
    expect(rows.map((r) => r.getAttribute('data-record'))).toEqual(grouped.map((g) => g.record));
    if (grouped.length === 0) {
      expect(within(section).getByText(/No terminology findings/)).toBeTruthy();
      return;
    }
    const first = grouped[0];
    for (const lang of ['zh', 'lo', 'en'] as const) {
      const cell = rows[0].querySelector(`td[data-language="${lang}"]`)!;
      const count = first.byLang[lang]?.length ?? 0;
      expect(cell.querySelector('summary')?.textContent ?? cell.textContent).toBe(count === 0 ? '0' : `${count} finding${count === 1 ? '' : 's'}`);
      expect(cell.querySelectorAll('li')).toHaveLength(count);
    }
  });
});
