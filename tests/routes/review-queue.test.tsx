import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/domain/translation/coverage.ts';
import { reviewQueue } from '../../src/domain/translation/review-queue.ts';
import { reviewShares } from '../../src/domain/translation/review-shares.ts';
import { readUiStrings } from '../../src/node/catalogue/read-locales.ts';
import { realCatalogue } from '../fixtures/real-catalogue.ts';
import { renderApp } from './render-app.tsx';

const { standards, vocabularies } = realCatalogue;
const report = computeCoverage({ standards, ui: readUiStrings(process.cwd()) });
const laoQueue = reviewQueue(standards, 'lo', vocabularies.collections);

describe('the coverage page tells staff what to do next', () => {
  it('leads with review shares per language, in texts and characters, not "translated"', async () => {
    renderApp('/en/coverage');
    const headline = await screen.findByRole('region', { name: 'What still needs a person' });
    const lao = headline.querySelector('[data-language="lo"] [data-measure="texts"]')!;
    const shares = reviewShares(report.totals.lo!, 'texts');
    expect(lao.querySelector('[data-group="needsReview"]')?.textContent).toBe(
      `to review: machine or draft (${shares.needsReview.count.toLocaleString('en')})`.replace(/^/, `${(Math.floor(shares.needsReview.percent * 10 + 1e-9) / 10).toFixed(1)}% `),
    );
    expect(lao.querySelector('[data-group="done"]')?.textContent).toMatch(/^\d+\.\d% reviewed or approved \(\d[\d,]*\)$/);
    expect(headline.querySelector('[data-language="en"] [data-measure="chars"]')).toBeTruthy();
  });

  it('lists the Lao texts to review in order, each opening the record at that text beside the Chinese', async () => {
    renderApp('/en/coverage');
    const section = await screen.findByRole('region', { name: 'Next to review' });
    const items = within(section).getAllByRole('listitem').filter((li) => li.dataset.state);
    expect(items[0].querySelector('a')?.getAttribute('aria-label')).toBe(`${laoQueue[0].id}, Machine: open beside the Chinese`);
    const first = items[0].querySelector('a')!.getAttribute('href')!;
    const url = new URL(first, 'http://x');
    expect(url.pathname).toBe(`/en/standards/${laoQueue[0].record}`);
    expect(url.searchParams.get('compare')).toBe('lo');
    expect(url.searchParams.get('text')).toBe(laoQueue[0].path);
    expect(within(section).getByRole('status').textContent).toBe(`${laoQueue.length.toLocaleString('en')} texts to review`);
  });

  it('shows each filter value with its count, and a value with none as text, not a dead link', async () => {
    renderApp('/en/coverage?rcollection=lao-course');
    const section = await screen.findByRole('region', { name: 'Next to review' });
    const inLao = laoQueue.filter((item) => item.collection === 'lao-course');
    const collection = within(section).getByRole('list', { name: 'Collection' });
    expect(within(collection).getByRole('link', { name: `Lao course standards (${inLao.length})` }).getAttribute('aria-current')).toBe('page');
    const state = within(section).getByRole('list', { name: 'State' });
    const stale = inLao.filter((item) => item.state === 'stale').length;
    if (stale === 0) {
      expect(within(state).queryByRole('link', { name: /^Out of date/ })).toBeNull();
      expect(within(state).getByText('Out of date (0)')).toBeTruthy();
    }
    expect(within(section).getByRole('status').textContent).toBe(`${inLao.length} texts to review`);
  });

  it('grows the list a page at a time, and a filter starts it from the top', async () => {
    const { router } = renderApp('/en/coverage');
    const section = await screen.findByRole('region', { name: 'Next to review' });
    const count = () => within(section).getAllByRole('listitem').filter((li) => li.dataset.state).length;
    const before = count();
    await userEvent.click(within(section).getByRole('link', { name: /^Show \d+ more$/ }));
    await waitFor(() => expect(count()).toBeGreaterThan(before));
    await userEvent.click(within(within(section).getByRole('list', { name: 'Language' })).getByRole('link', { name: /^English/ }));
    await waitFor(() => expect(router.state.location.search).toEqual({ review: 'en' }));
    expect(count()).toBe(before);
  });

  it('gives the command lines that write the same files as the downloads', async () => {
    renderApp('/en/coverage?rcollection=lao-course&rstate=machine');
    const section = await screen.findByRole('region', { name: 'Next to review' });
    expect(section.querySelector('pre')?.textContent).toBe(
      'npm run translation:coverage -- --csv --lang lo --collection lao-course --state machine\nnpm run xliff:export -- --lang lo --collection lao-course --state machine',
    );
    expect(within(section).getByText(/npm run xliff:import FILE/)).toBeTruthy();
  });
});

describe('a record opened from the list', () => {
  it('marks the text the reviewer was sent to, and shows each text\'s state with a legend', async () => {
    const { container } = renderApp('/en/standards/LCS-01?compare=lo&text=units/2/requirements');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(container.querySelectorAll('.text--marked').length).toBe(2));
    const marked = [...container.querySelectorAll('.text--marked')];
    expect(marked.map((el) => el.getAttribute('data-text'))).toEqual(['units/2/requirements', 'units/2/requirements']);
    expect(marked.map((el) => el.closest('[lang]')?.getAttribute('lang'))).toEqual(['en', 'lo']);
    expect(screen.getByText(/^Marks after each translated text:/)).toBeTruthy();
    const lao = marked[1].querySelector('.text-state')!;
    expect(lao.textContent).toMatch(/\(machine translation, not reviewed\)$/);
  });
});
