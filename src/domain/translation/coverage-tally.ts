import type { TextStatus } from './coverage-state.ts';

/**
 * What a text counts as in the figures: its state, except that a stale text counts as stale whatever its state
 * (a reviewed translation of an older Chinese text is not a reviewed translation of this one).
 */
export const COVERAGE_BUCKETS = ['approved', 'reviewed', 'draft', 'machine', 'stale', 'missing'] as const;
export type CoverageBucket = (typeof COVERAGE_BUCKETS)[number];
/** Buckets that count as not translated. */
export const UNTRANSLATED: readonly CoverageBucket[] = ['stale', 'missing'];

export const bucketOf = (status: Pick<TextStatus, 'state' | 'stale'>): CoverageBucket => (status.stale ? 'stale' : status.state);

export const MEASURES = ['texts', 'chars'] as const;
export type Measure = (typeof MEASURES)[number];

/** Counts per bucket; a bucket with nothing in it is left out. */
export type Counts = Partial<Record<CoverageBucket, number>>;
/** How many texts, and how many characters of Chinese source, fall in each bucket. */
export type Tally = Record<Measure, Counts>;

export const emptyTally = (): Tally => ({ texts: {}, chars: {} });

export function addToTally(tally: Tally, bucket: CoverageBucket, chars: number): void {
  tally.texts[bucket] = (tally.texts[bucket] ?? 0) + 1;
  tally.chars[bucket] = (tally.chars[bucket] ?? 0) + chars;
}

export function addTallies(into: Tally, from: Tally): void {
  for (const measure of MEASURES) {
    for (const bucket of COVERAGE_BUCKETS) {
      const n = from[measure][bucket];
      if (n) into[measure][bucket] = (into[measure][bucket] ?? 0) + n;
    }
  }
}

export const countOf = (tally: Tally, measure: Measure, bucket: CoverageBucket): number => tally[measure][bucket] ?? 0;
export const totalOf = (tally: Tally, measure: Measure): number => COVERAGE_BUCKETS.reduce((sum, b) => sum + countOf(tally, measure, b), 0);
export const translatedOf = (tally: Tally, measure: Measure): number =>
  totalOf(tally, measure) - UNTRANSLATED.reduce((sum, b) => sum + countOf(tally, measure, b), 0);

/** The exact translated share, 0–100; an empty tally is fully translated (nothing to do). */
export function translatedPercent(tally: Tally, measure: Measure): number {
  const total = totalOf(tally, measure);
  return total === 0 ? 100 : (translatedOf(tally, measure) / total) * 100;
}

/** For display: one decimal, rounded down, so that 99.96% never shows as a complete 100.0%. */
export const displayPercent = (percent: number): number => Math.floor(percent * 10 + 1e-9) / 10;

/** A stacked bar on a 0–100 scale: one segment per non-empty bucket, in bucket order. */
export function barSegments(tally: Tally, measure: Measure, buckets: readonly CoverageBucket[] = COVERAGE_BUCKETS) {
  const total = buckets.reduce((sum, b) => sum + countOf(tally, measure, b), 0);
  const segments: { bucket: CoverageBucket; x: number; width: number }[] = [];
  let x = 0;
  for (const bucket of buckets) {
    const width = total === 0 ? 0 : (countOf(tally, measure, bucket) / total) * 100;
    if (width > 0) segments.push({ bucket, x, width });
    x += width;
  }
  return segments;
}
