import { describe, expect, it } from 'vitest';
import { LABELLED_QUERIES } from '../../scripts/lib/labelled-queries.ts';
import { spellingSuggestion } from '../../src/domain/search/did-you-mean.ts';
import { buildSearchIndex } from '../../src/domain/search/search-index.ts';
import { searchCatalogue } from '../../src/domain/search/search.ts';
import type { SearchSource } from '../../src/domain/search/search-source.ts';
import { latinWords } from '../../src/domain/search/latin-words.ts';
import { loadCatalogueOrExit } from '../../src/node/catalogue/load-catalogue.ts';
import { buildSearchSources } from '../../src/node/catalogue/search-sources.ts';

const index = buildSearchIndex(buildSearchSources(loadCatalogueOrExit()));
const vocabulary = new Set(index.vocabulary);

describe('did you mean', () => {
  it('offers the near spelling of a short word the search does not forgive', () => {
    expect(searchCatalogue(index, 'pupm')).toEqual([]);
    expect(spellingSuggestion(index, 'pupm')).toBe('pump');
    expect(searchCatalogue(index, 'pump').length).toBeGreaterThan(0);
  });

  it('keeps what was typed around the replaced word', () => {
    expect(spellingSuggestion(index, 'Hydraulic pupm!')).toBe('Hydraulic pump!');
  });

  it('offers nothing when a word has no near spelling, or the query is not in Latin letters', () => {
    expect(spellingSuggestion(index, 'xylophone')).toBeUndefined();
    expect(spellingSuggestion(index, 'quantum computing')).toBeUndefined();
    expect(spellingSuggestion(index, 'ດາລາສາດ')).toBeUndefined();
    expect(spellingSuggestion(index, '量子计算')).toBeUndefined();
    expect(spellingSuggestion(index, 'battery')).toBeUndefined();
  });

  it('suggests only words the catalogue uses, for the negatives too', () => {
    for (const { query } of LABELLED_QUERIES.filter((q) => q.none)) {
      const suggestion = spellingSuggestion(index, query);
      if (suggestion === undefined) continue;
      expect(suggestion).not.toBe(query);
      for (const { word } of latinWords(suggestion, false)) expect(vocabulary.has(word), `${query} → ${suggestion}`).toBe(true);
    }
  });
});

describe('the page language on a tie', () => {
  // Two records alike but for the language of the title that holds the query's word.
  const source = (id: string, titles: SearchSource['titles']): SearchSource => ({
    id,
    collection: 'lao-course',
    titles,
    fieldLabels: { zh: '智能制造', lo: 'ການຜະລິດອັດສະລິຍະ', en: 'Smart manufacturing' },
    titlePinyin: [],
    fieldPinyin: [],
    passages: [],
  });
  const twins = buildSearchIndex([source('LCS-01', { en: 'PLC wiring' }), source('LCS-02', { lo: 'ການຕໍ່ສາຍ PLC wiring' })]);

  it('ranks the record whose match is in the page language first', () => {
    expect(searchCatalogue(twins, 'plc wiring', { lang: 'lo' }).map((h) => [h.id, h.lang])).toEqual([['LCS-02', 'lo'], ['LCS-01', 'en']]);
    expect(searchCatalogue(twins, 'plc wiring', { lang: 'en' }).map((h) => [h.id, h.lang])).toEqual([['LCS-01', 'en'], ['LCS-02', 'lo']]);
  });
});
