import { describe, expect, it } from 'vitest';
import { LABELLED_QUERIES, type QueryKind } from '../../scripts/lib/labelled-queries.ts';
import { answers, scoreRelevance } from '../../scripts/lib/relevance-score.ts';
import { prepareQuery } from '../../src/domain/search/prepare-query.ts';
import { buildSearchIndex } from '../../src/domain/search/search-index.ts';
import { searchCatalogue } from '../../src/domain/search/search.ts';
import { loadCatalogueOrExit } from '../../src/node/catalogue/load-catalogue.ts';
import { buildSearchSources } from '../../src/node/catalogue/search-sources.ts';

const index = buildSearchIndex(buildSearchSources(loadCatalogueOrExit()));
const SLIP_KINDS: QueryKind[] = ['lo-no-tone', 'lo-letter', 'lo-prefix', 'en-title-typo', 'en-words', 'en-prefix', 'zh-sound', 'zh-prefix', 'unit', 'body'];

describe('labelled queries', async () => {
  // Prepared first, as the search box does (traditional forms, the pinyin of Chinese), so ranking is synchronous.
  const prepared = new Map(await Promise.all(LABELLED_QUERIES.map(async (q) => [q.query, await prepareQuery(index, q.query)] as const)));
  const rank = (query: string) => searchCatalogue(index, query, prepared.get(query)).map((h) => h.id);

  it('has at least 250 queries, 20 of each slip kind and 40 negatives', () => {
    expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(250);
    for (const kind of SLIP_KINDS) expect(LABELLED_QUERIES.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(20);
    expect(LABELLED_QUERIES.filter((q) => q.none).length).toBeGreaterThanOrEqual(40);
  });

  it('finds 97 % overall and 90 % of each kind in the top 3', () => {
    const { top3, top3ByKind } = scoreRelevance(LABELLED_QUERIES, rank);
    expect(top3).toBeGreaterThanOrEqual(0.97);
    for (const [kind, share] of Object.entries(top3ByKind)) expect(share, kind).toBeGreaterThanOrEqual(0.9);
  });

  // The hand-written queries and every negative must each pass: they are what the search promised before.
  for (const labelled of LABELLED_QUERIES.filter((q) => !SLIP_KINDS.includes(q.kind))) {
    it(`${labelled.kind}: ${labelled.query}`, () => {
      expect(answers(labelled, rank(labelled.query)), rank(labelled.query).join(',')).toBe(true);
    });
  }
});
