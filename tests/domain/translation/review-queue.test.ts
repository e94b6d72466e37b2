import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../src/domain/translation/fingerprint.ts';
import { emptyTally, addToTally } from '../../../src/domain/translation/coverage-tally.ts';
import { filterQueue, queueFacetCounts, reviewQueue } from '../../../src/domain/translation/review-queue.ts';
import { reviewShares, workLeftPercent } from '../../../src/domain/translation/review-shares.ts';
import { withFingerprints } from '../../fixtures/coverage.ts';
import { fixtureCollections, makeStandard } from '../../fixtures/standards.ts';

// Three records: an international course whose Lao nature went stale, a certified Lao course standard, and a
// co-developed standard; the Lao of the last is reviewed except its summary.
const icc = withFingerprints(makeStandard({ id: 'ICC-01' }));
icc.fingerprints!.lo!.nature = fingerprint('旧的课程性质');
const lcs = withFingerprints(makeStandard({ id: 'LCS-01', collection: 'lao-course', field: 'railway', certification: { body: 'lao-mes-tvet', year: 2023 } }));
const cds = withFingerprints(
  makeStandard({ id: 'CDS-01', collection: 'co-developed', translation: { zh: 'source', lo: 'reviewed', en: 'draft' }, textStates: { lo: { summary: 'machine' } } }),
);
const standards = [cds, icc, lcs];

describe('the "next to review" list', () => {
  const queue = reviewQueue(standards, 'lo', fixtureCollections);

  it('puts stale texts first, then the certified Lao course standards, then the other collections in their order', () => {
    expect(queue[0]).toMatchObject({ id: 'ICC-01/nature', state: 'stale', anchor: 'nature' });
    const records = [...new Set(queue.slice(1).map((item) => item.record))];
    expect(records).toEqual(['LCS-01', 'ICC-01', 'CDS-01']);
  });

  it('keeps reading order within a record, and leaves out what a person has already reviewed', () => {
    const lcsPaths = queue.filter((item) => item.record === 'LCS-01').map((item) => item.path);
    expect(lcsPaths.slice(0, 4)).toEqual(['title', 'summary', 'nature', 'objectives/knowledge/0']);
    expect(queue.filter((item) => item.record === 'CDS-01').map((item) => item.path)).toEqual(['summary']);
    expect(queue.find((item) => item.id === 'LCS-01/title')?.anchor).toBeUndefined();
  });

  it('counts what each filter value would leave, the other filters kept, with no value for what has nothing', () => {
    const counts = queueFacetCounts(queue, { state: 'stale' });
    expect(counts.collection.get('intl-course')).toBe(1);
    expect(counts.collection.get('lao-course')).toBeUndefined();
    expect(counts.state.get('machine')).toBe(queue.filter((item) => item.state === 'machine').length);
    expect(filterQueue(queue, { collection: 'lao-course', state: 'stale' })).toEqual([]);
    expect(filterQueue(queue, { field: 'railway' }).every((item) => item.record === 'LCS-01')).toBe(true);
  });
});

describe('review shares', () => {
  it('says how much a person has checked, not whether a text exists', () => {
    const tally = emptyTally();
    for (let i = 0; i < 6; i++) addToTally(tally, 'machine', 10);
    addToTally(tally, 'reviewed', 10);
    addToTally(tally, 'approved', 10);
    addToTally(tally, 'stale', 5);
    addToTally(tally, 'missing', 15);
    const shares = reviewShares(tally, 'texts');
    expect(shares.done).toEqual({ count: 2, percent: 20 });
    expect(shares.needsReview).toEqual({ count: 6, percent: 60 });
    expect(shares.stale.count + shares.missing.count).toBe(2);
    expect(reviewShares(tally, 'chars').missing).toEqual({ count: 15, percent: 15 });
    expect(workLeftPercent(tally, 'texts')).toBe(80);
    expect(reviewShares(emptyTally(), 'texts').done.percent).toBe(100);
  });
});
