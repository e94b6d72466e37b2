import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/domain/search/search-index.ts';
import { searchCatalogue } from '../../src/domain/search/search.ts';
import type { SearchSource } from '../../src/domain/search/search-source.ts';

// The index gathers a text's grams in a reused buffer sized for ordinary passages, and the slip search notes at most
// a few hundred occurrences of each piece of a query. These passages are longer than any in the catalogue and
// repeat the query's syllables hundreds of times.
const FILLER = 'ການບຳລຸງຮັກສາ ແລະ ການກວດສອບ '.repeat(400);
// What only these records say stands at both ends: grams gathered before a buffer grows must survive it.
const LONG_LAO = `ລະບົບນ້ຳມັນໄຮໂດຼລິກຂອງລົດຂຸດ ${FILLER}ລະບົບເບຣກລົມຂອງລົດບັນທຸກ`;
const LONG_ZH = `液压挖掘机履带张紧，${'机械维修与检测，'.repeat(800)}自卸车气压制动`;

const source = (id: string, lang: 'lo' | 'zh', text: string): SearchSource => ({
  id,
  collection: 'lao-course',
  titles: { en: `Record ${id}` },
  fieldLabels: { zh: '机械', lo: 'ກົນຈັກ', en: 'Machinery' },
  titlePinyin: [],
  fieldPinyin: ['ji', 'xie'],
  passages: [{ lang, anchor: 'summary', text }],
});

const index = buildSearchIndex([source('LCS-01', 'lo', LONG_LAO), source('LCS-02', 'zh', LONG_ZH), source('LCS-03', 'lo', FILLER)]);

describe('passages longer than the reused buffers', () => {
  it('index every gram, the first and the last', () => {
    expect(LONG_LAO.length).toBeGreaterThan(8192);
    expect(searchCatalogue(index, 'ໄຮໂດລິກຂອງລົດຂຸດ').map((h) => h.id)).toEqual(['LCS-01']);
    expect(searchCatalogue(index, 'ເບຣກລົມຂອງລົດບັນທຸກ').map((h) => h.id)).toEqual(['LCS-01']);
    expect(searchCatalogue(index, '履带张紧').map((h) => h.id)).toEqual(['LCS-02']);
    expect(searchCatalogue(index, '气压制动').map((h) => h.id)).toEqual(['LCS-02']);
  });

  it('find a run with a slip at the end of a passage whose pieces occur hundreds of times before it', () => {
    // A letter left out (ເບຣກ → ເບກ): the pieces of the run meet the filler's syllables at every turn.
    const hits = searchCatalogue(index, 'ການກວດສອບລະບົບເບກລົມຂອງລົດ');
    expect(hits.map((h) => h.id)).toContain('LCS-01');
    expect(hits.find((h) => h.id === 'LCS-01')?.exact).toBe(false);
    expect(searchCatalogue(index, 'ການກວດສອບລະບົບເບຣກລົມຂອງລົດ').map((h) => h.id)).toEqual(['LCS-01']);
  });
});
