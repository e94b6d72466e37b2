import { courseRecord } from '../fixtures/standards.ts';
import { loaders } from 'virtual:catalogue';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';
import { realCatalogue, realCounts } from '../fixtures/real-catalogue.ts';
import { collectionKeys } from '../../src/domain/record/collections.ts';

describe('home', () => {
  it('shows every collection of the vocabulary, in order, with its count from the records', async () => {
    renderApp('/en');
    expect(await screen.findByRole('heading', { level: 1, name: /Course standards of the China–Laos/ })).toBeTruthy();
    const cards = within(screen.getByRole('heading', { name: 'Collections' }).nextElementSibling as HTMLElement).getAllByRole('link');
    const { collections } = realCatalogue.vocabularies;
    expect(cards.map((card) => card.textContent)).toEqual(
      collectionKeys(collections).map((key) => `${collections[key].en}${realCounts.inCollection(key)} record${realCounts.inCollection(key) === 1 ? '' : 's'}`),
    );
    expect(screen.getByRole('link', { name: `Browse all ${realCounts.records} standards` })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('opens / in the saved language, else the browser language', async () => {
    const first = renderApp('/');
    await waitFor(() => expect(first.router.state.location.pathname).toBe('/en'));
    first.unmount();
    localStorage.setItem('lao-standards.language', 'zh');
    const second = renderApp('/');
    await waitFor(() => expect(second.router.state.location.pathname).toBe('/zh'));
  });
});

describe('about', () => {
  it('lists every collection with its count from the records, its description and its certifier', async () => {
    renderApp('/zh/about');
    const list = (await screen.findByRole('heading', { name: '合集' })).nextElementSibling as HTMLElement;
    const { collections, bodies } = realCatalogue.vocabularies;
    const terms = within(list).getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(collectionKeys(collections).map((key) => `${collections[key].zh} (${realCounts.inCollection(key)}项记录)`));
    const certified = collectionKeys(collections).filter((key) => collections[key].certified);
    expect(certified.length).toBeGreaterThan(0);
    for (const key of certified) expect(list.textContent).toContain(`认证机构：${bodies[collections[key].certified!].zh}`);
    // A collection no body certified says so rather than staying silent.
    const uncertified = collectionKeys(collections).filter((key) => !collections[key].certified);
    expect(within(list).getAllByText(/报道未提及该合集的外部认证/)).toHaveLength(uncertified.length);
  });

  it('tells the partnership story: the community, the five strands with this catalogue marked, every partner with its role and country', async () => {
    renderApp('/en/about');
    expect(await screen.findByRole('heading', { name: 'The China–Laos Vocational Education Development Community' })).toBeTruthy();
    const strands = screen.getByRole('heading', { name: 'Five strands of work' }).parentElement!.querySelector('ol.strands') as HTMLElement;
    const items = within(strands).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items.filter((item) => item.getAttribute('aria-current') === 'true').map((item) => item.textContent)).toEqual([
      expect.stringContaining('this catalogue'),
    ]);
    const list = screen.getByRole('heading', { name: 'Partners and their roles' }).nextElementSibling!.nextElementSibling as HTMLElement;
    const { partners } = realCatalogue.vocabularies;
    const terms = within(list).getAllByRole('term');
    expect(terms).toHaveLength(Object.keys(partners).length);
    for (const [key, partner] of Object.entries(partners)) {
      const entry = list.querySelector(`#partner-${key}`)!;
      expect(entry.querySelector('dt')!.textContent).toContain(partner.en);
      if (partner.role) expect(entry.querySelector('dd')!.textContent).toBe(partner.role.en);
    }
    // The Cambodian college is not claimed for Laos.
    const cambodian = Object.entries(partners).filter(([, partner]) => partner.country === 'KH');
    expect(cambodian.length).toBeGreaterThan(0);
    for (const [key] of cambodian) expect(list.querySelector(`#partner-${key} dt`)!.textContent).toContain('Cambodia');
  });
});

describe('not-found pages', () => {
  it('answers an unknown language segment in all three languages', async () => {
    renderApp('/fr/standards');
    const headings = await screen.findAllByRole('heading', { level: 1 });
    expect(headings.map((h) => h.closest('[lang]')?.getAttribute('lang'))).toEqual(['zh', 'lo', 'en']);
    expect(screen.getByText('There is no page at /fr/standards.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ເບິ່ງມາດຕະຖານທັງໝົດ' }).getAttribute('href')).toBe('/lo/standards');
  });

  it('answers an unknown page inside a language in that language', async () => {
    renderApp('/lo/nothing-here');
    expect(await screen.findByRole('heading', { level: 1, name: 'ບໍ່ພົບໜ້ານີ້' })).toBeTruthy();
  });

  it('answers an unknown id with the nearest ids', async () => {
    const last = realCounts.inCollection('lao-course');
    const missing = `LCS-${last + 1}`;
    renderApp(`/en/standards/${missing}`);
    expect(await screen.findByRole('heading', { level: 1, name: `There is no standard ${missing}` })).toBeTruthy();
    const suggestions = within(await screen.findByRole('list', { name: 'Perhaps you meant:' })).getAllByRole('link');
    expect(suggestions[0].textContent).toMatch(new RegExp(`^LCS-${last} · `));
  });
});

describe('browse', () => {
  it('filters by facets in the URL and ignores a malformed parameter', async () => {
    renderApp('/en/standards?collection=lao-course&level=professor&sort=nonsense');
    const { inCollection } = realCounts;
    expect(await screen.findByText(`${inCollection('lao-course')} standards`)).toBeTruthy();
    const collection = screen.getByRole('list', { name: 'Collection' });
    expect(within(collection).getByRole('link', { name: `Lao course standards (${inCollection('lao-course')})` }).getAttribute('aria-current')).toBe('page');
    expect(within(collection).getByRole('link', { name: `Co-developed standards (${inCollection('co-developed')})` })).toBeTruthy();
  });

  it('changes the URL when a facet is chosen', async () => {
    const { router } = renderApp('/en/standards');
    await screen.findByRole('status');
    await userEvent.click(within(screen.getByRole('list', { name: 'Field' })).getByRole('link', { name: /New-energy vehicle technology/ }));
    await waitFor(() => expect(router.state.location.search).toEqual({ field: 'nev' }));
    expect(screen.getByRole('status').textContent).toBe(`${realCatalogue.standards.filter((s) => s.field === 'nev').length} standards`);
  });
});

describe('record', () => {
  it('matches the id case-insensitively and shows every section', async () => {
    const { router } = renderApp('/en/standards/lcs-01');
    await screen.findByRole('heading', { level: 2, name: 'Content units' });
    expect(router.state.location.pathname).toBe('/en/standards/LCS-01');
    for (const name of ['Summary', 'Course nature and tasks', 'Objectives', 'Assessment', 'Teaching implementation', 'Release history']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    }
    expect(document.getElementById('unit-1')).not.toBeNull();
  });

  it('shows a second language side by side, each piece followed by its twin with its own lang attribute', async () => {
    const { container } = renderApp('/lo/standards/LCS-01?compare=zh');
    await screen.findByRole('heading', { level: 2, name: 'ເນື້ອໃນຂອງຫຼັກສູດ' });
    const standard = courseRecord(await loaders['LCS-01']());
    const knowledge = container.querySelectorAll('#objectives .paired-list')[0].querySelectorAll('.pair');
    expect(knowledge).toHaveLength(standard.text.zh.objectives.knowledge.length);
    knowledge.forEach((pair, i) => {
      const [main, second] = pair.children;
      expect([main.getAttribute('lang'), second.getAttribute('lang')]).toEqual(['lo', 'zh']);
      // Each translated text ends with its state's mark; the text itself comes first.
      expect(main.querySelector('[data-text]')?.firstChild?.textContent).toBe(standard.text.lo!.objectives.knowledge[i]);
      expect(main.querySelector('.text-state')?.textContent).toMatch(/\(ແປດ້ວຍເຄື່ອງ, ຍັງບໍ່ໄດ້ກວດ\)$/);
      expect(second.textContent).toBe(standard.text.zh.objectives.knowledge[i]);
    });
    expect(container.querySelector('#summary .pair__second')?.textContent).toBe(standard.text.zh.summary);
    expect(container.querySelector('#summary .pair__second .text-state')).toBeNull(); // the Chinese is the source
    expect(container.querySelector('h1')?.getAttribute('lang')).toBe('lo');
  });

  it('keeps the page, the query and the section when the language is switched', async () => {
    const { router } = renderApp('/lo/standards/LCS-01?compare=zh#units');
    await screen.findByRole('heading', { level: 2, name: 'ເນື້ອໃນຂອງຫຼັກສູດ' });
    await userEvent.click(screen.getByRole('link', { name: 'English' }));
    await screen.findByRole('heading', { level: 2, name: 'Content units' });
    expect(router.state.location.pathname).toBe('/en/standards/LCS-01');
    expect(router.state.location.search).toEqual({ compare: 'zh' });
    expect(router.state.location.hash).toBe('units');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('lao-standards.language')).toBe('en');
  });
});
