import { describe, expect, it } from 'vitest';
import { parseBrowseQuery as parseWith } from '../../src/domain/url/browse-query.ts';
import { facetCounts, filterStandards } from '../../src/domain/browse/facets.ts';
import { sortStandards } from '../../src/domain/browse/sort.ts';
import { fixtureCollections, makeSummary } from '../fixtures/standards.ts';

const parseBrowseQuery = (search: Record<string, unknown>) => parseWith(search, Object.keys(fixtureCollections));

const standards = [
  makeSummary({ id: 'LCS-01', collection: 'lao-course', field: 'nev', level: 'diploma', partners: ['cqcvc', 'vientiane-tech'], hours: { theory: 10, practice: 10 } }),
  makeSummary({ id: 'LCS-02', collection: 'lao-course', field: 'railway', level: 'cert-3', partners: ['cqcvc'], hours: { theory: 30, practice: 40 } }),
  makeSummary({ id: 'ICC-01', collection: 'intl-course', field: 'nev', level: 'diploma', partners: ['vientiane-tech'], translation: { zh: 'source', en: 'draft' } }),
];

describe('facets', () => {
  it('counts each value given the other chosen filters', () => {
    const query = { field: 'nev' };
    expect(Object.fromEntries(facetCounts(standards, query, 'collection', 'en'))).toEqual({ 'lao-course': 1, 'intl-course': 1 });
    // The field facet ignores its own choice, so the alternatives keep their counts.
    expect(Object.fromEntries(facetCounts(standards, query, 'field', 'en'))).toEqual({ nev: 2, railway: 1 });
    expect(Object.fromEntries(facetCounts(standards, {}, 'partner', 'en'))).toEqual({ cqcvc: 2, 'vientiane-tech': 2 });
  });

  it('derives the missing translation state per page language', () => {
    expect(Object.fromEntries(facetCounts(standards, {}, 'state', 'lo'))).toEqual({ machine: 2, missing: 1 });
    expect(Object.fromEntries(facetCounts(standards, {}, 'state', 'zh'))).toEqual({ source: 3 });
    expect(filterStandards(standards, { state: 'missing' }, 'lo').map((s) => s.id)).toEqual(['ICC-01']);
  });

  it('filters by every chosen facet together', () => {
    expect(filterStandards(standards, { collection: 'lao-course', partner: 'vientiane-tech' }, 'en').map((s) => s.id)).toEqual(['LCS-01']);
  });
});

describe('parseBrowseQuery', () => {
  it('keeps valid params and drops each malformed one on its own', () => {
    const none = { collection: undefined, field: undefined, level: undefined, partner: undefined, state: undefined, sort: undefined };
    expect(parseBrowseQuery({ collection: 'lao-course', level: 'master', field: 'nev', sort: 'hours', state: 42 })).toEqual({
      ...none,
      collection: 'lao-course',
      field: 'nev',
      sort: 'hours',
    });
    expect(parseBrowseQuery({ field: '<script>', partner: ['a', 'b'], sort: 'id' })).toEqual(none);
  });
});

describe('sortStandards', () => {
  it('sorts by id, by total hours and by title in the page language', () => {
    expect(sortStandards(standards, 'id', 'en').map((s) => s.id)).toEqual(['ICC-01', 'LCS-01', 'LCS-02']);
    expect(sortStandards(standards, 'hours', 'en').map((s) => s.id)).toEqual(['LCS-02', 'ICC-01', 'LCS-01']);
  });

  it('uses the collation of the page language, not code-point order', () => {
    const withTitles = (id: string, en: string) => ({ ...makeSummary({ id }), titles: { zh: id, en } });
    const list = [withTitles('ICC-01', 'Zebra'), withTitles('ICC-02', 'éclair'), withTitles('ICC-03', 'apple')];
    // Code-point order would put "éclair" after "Zebra"; English collation puts it between.
    expect(sortStandards(list, 'title', 'en').map((s) => s.titles.en)).toEqual(['apple', 'éclair', 'Zebra']);
  });
});
