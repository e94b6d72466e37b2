import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/domain/search/search-index.ts';
import { searchCatalogue } from '../../src/domain/search/search.ts';
import { queryVariants } from '../../src/domain/search/simplified.ts';
import { loadCatalogueOrExit } from '../../src/node/load-catalogue.ts';
import { buildSearchSources } from '../../src/node/search-sources.ts';
import { LABELLED_QUERIES } from './labelled-queries.ts';

const index = buildSearchIndex(buildSearchSources(loadCatalogueOrExit()));
const rank = async (query: string) => searchCatalogue(index, query, { variants: await queryVariants(index, query) }).map((h) => h.id);

describe('labelled queries', () => {
  it('has at least 80 queries covering every kind', () => {
    expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(LABELLED_QUERIES.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(['en', 'id', 'initials', 'lao-variant', 'lo', 'negative', 'pinyin', 'thai-keyboard', 'traditional', 'typo', 'zh']);
  });

  for (const labelled of LABELLED_QUERIES) {
    const { query, kind } = labelled;
    it(`${kind}: ${query}`, async () => {
      const ids = await rank(query);
      if (labelled.none) expect(ids).toEqual([]);
      else if (labelled.notFirst) expect(ids[0]).not.toBe(labelled.notFirst);
      else if (labelled.first) expect(ids[0]).toBe(labelled.expect);
      else expect(ids.slice(0, 3)).toContain(labelled.expect);
    });
  }
});
