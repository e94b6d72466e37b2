import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/domain/search/normalize.ts';
import { buildSearchIndex } from '../../src/domain/search/search-index.ts';
import { searchCatalogue } from '../../src/domain/search/search.ts';
import { loadCatalogueOrExit } from '../../src/node/load-catalogue.ts';
import { buildSearchSources } from '../../src/node/search-sources.ts';

const index = buildSearchIndex(buildSearchSources(loadCatalogueOrExit()));
// Any Unicode (lone surrogates included), biased towards the scripts this catalogue meets.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 10_000 }),
  fc.string({ unit: fc.constantFrom(...'ກຂຄງຈສຊຍດຕຖທນບປຜຝພຟມຢຣລວຫອຮະັາິີຶືຸູົຼຽເແໂໃໄໆ່້໊໋໌ໍໜໝຳ໐໑ຼ\u200b\u00adกขคง่้电池充新能源汽車é '), maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);

describe('no input breaks search', () => {
  it('normalises and searches 10,000 random strings without an exception', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(typeof normalizeText(text)).toBe('string');
        expect(Array.isArray(searchCatalogue(index, text))).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it('handles a 10,000-character query in a bounded time', () => {
    const long = 'ລົດຍົນພະລັງງານໃໝ່ 新能源汽车 battery '.repeat(400).slice(0, 10_000);
    expect(searchCatalogue(index, long).length).toBeLessThanOrEqual(20);
  });
});
