import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/domain/translation/coverage.ts';
import { parseCoverageQuery as parseWith } from '../../src/domain/url/coverage-query.ts';
import { fixtureCollections } from '../fixtures/standards.ts';
import { coverageRows } from '../../src/domain/translation/coverage-table.ts';
import { fingerprint } from '../../src/domain/translation/fingerprint.ts';
import { withFingerprints } from '../fixtures/coverage.ts';
import { makeStandard } from '../fixtures/standards.ts';

const ui = { zh: {}, lo: {}, en: {} };

function report() {
  const first = withFingerprints(makeStandard({ id: 'ICC-01', translation: { zh: 'source', lo: 'draft', en: 'draft' } }));
  const second = withFingerprints(makeStandard({ id: 'ICC-02', translation: { zh: 'source', lo: 'machine', en: 'draft' } }));
  second.fingerprints!.lo!['units/1/requirements'] = fingerprint('旧');
  const third = withFingerprints(makeStandard({ id: 'LCS-02', collection: 'lao-course', translation: { zh: 'source', lo: 'draft', en: 'draft' } }));
  third.text.lo!.objectives.skills = [];
  return computeCoverage({ standards: [third, second, first], ui });
}
const parseCoverageQuery = (search: Record<string, unknown>) => parseWith(search, Object.keys(fixtureCollections));
const titles: Record<string, string> = { 'ICC-01': 'Zebra', 'ICC-02': 'apple', 'LCS-02': 'Mango' };
const rows = (search: Record<string, unknown>) => coverageRows(report(), parseCoverageQuery(search), 'en', (id) => titles[id]);

describe('coverage page search params', () => {
  it('keeps every key, and drops an invalid value without an error', () => {
    expect(parseCoverageQuery({ lang: 'zh', measure: 'words', collection: 'lao-course', section: 'units', status: 'stale', order: 'en', dir: 'up' })).toEqual({
      lang: undefined, measure: undefined, collection: 'lao-course', section: 'units', status: 'stale', order: 'en', dir: undefined,
    });
    expect(parseCoverageQuery({ order: 'id', dir: 'desc', lang: 'lo', measure: 'chars' })).toEqual({
      lang: 'lo', measure: 'chars', collection: undefined, section: undefined, status: undefined, order: undefined, dir: 'desc',
    });
  });
});

describe('coverage table', () => {
  it('sorts by id by default, by title with the language’s collation, and by translated share', () => {
    expect(rows({}).map((r) => r.id)).toEqual(['ICC-01', 'ICC-02', 'LCS-02']);
    expect(rows({ order: 'title' }).map((r) => r.id)).toEqual(['ICC-02', 'LCS-02', 'ICC-01']);
    expect(rows({ order: 'lo' }).map((r) => r.id)).toEqual(['ICC-02', 'LCS-02', 'ICC-01']);
    expect(rows({ order: 'lo', dir: 'desc' }).map((r) => r.id)).toEqual(['ICC-01', 'LCS-02', 'ICC-02']);
  });

  it('filters by collection and keeps records with a text in the chosen state', () => {
    expect(rows({ collection: 'lao-course' }).map((r) => r.id)).toEqual(['LCS-02']);
    expect(rows({ status: 'stale' }).map((r) => r.id)).toEqual(['ICC-02']);
    expect(rows({ status: 'missing' }).map((r) => r.id)).toEqual(['LCS-02']);
    expect(rows({ status: 'missing', lang: 'en' })).toEqual([]);
  });

  it('links each cell to the text most in need of work, within the chosen section', () => {
    const [first, second, third] = rows({});
    // The title is at the top of the record page: no anchor, but the record still needs work.
    expect(first.cells.lo).toMatchObject({ anchor: undefined, done: false, percent: 100 });
    expect(second.cells.lo?.anchor).toBe('unit-2');
    expect(third.cells.lo?.anchor).toBe('objectives');
    const units = rows({ section: 'units' });
    expect(units[2].cells.lo).toMatchObject({ anchor: 'unit-1', tally: { texts: { draft: 4 } } });
    expect(rows({ lang: 'en' })[0].cells).toEqual({ en: expect.objectContaining({ percent: 100 }) });
  });

  it('computes shares in characters when asked', () => {
    const [, second] = rows({ measure: 'chars' });
    const { texts, chars } = second.cells.lo!.tally;
    expect(texts.stale).toBe(1);
    expect(second.cells.lo!.percent).toBeCloseTo(((chars.machine ?? 0) / ((chars.machine ?? 0) + (chars.stale ?? 0))) * 100);
  });
});
