import { countOf, totalOf, type CoverageBucket, type Measure, type Tally } from './coverage-tally.ts';

/**
 * What staff need to know about a language: not whether a text exists (machine translation makes every text exist)
 * but how much a person has checked. Reviewed and approved texts are done; machine and draft texts need review;
 * stale texts need updating; missing texts need translating.
 */
export const REVIEW_GROUPS = {
  done: ['approved', 'reviewed'],
  needsReview: ['machine', 'draft'],
  stale: ['stale'],
  missing: ['missing'],
} as const satisfies Record<string, readonly CoverageBucket[]>;
export type ReviewGroup = keyof typeof REVIEW_GROUPS;
export const REVIEW_GROUP_NAMES = Object.keys(REVIEW_GROUPS) as ReviewGroup[];

export interface ReviewShare {
  /** Texts, or characters of Chinese source, in this group. */
  count: number;
  /** Exact share of the total, 0–100. */
  percent: number;
}

/** The four groups of a tally, as counts and shares of the total; an empty tally has nothing left to do. */
export function reviewShares(tally: Tally, measure: Measure): Record<ReviewGroup, ReviewShare> {
  const total = totalOf(tally, measure);
  const share = (group: ReviewGroup): ReviewShare => {
    const count = REVIEW_GROUPS[group].reduce((sum, bucket) => sum + countOf(tally, measure, bucket), 0);
    return { count, percent: total === 0 ? (group === 'done' ? 100 : 0) : (count / total) * 100 };
  };
  return { done: share('done'), needsReview: share('needsReview'), stale: share('stale'), missing: share('missing') };
}

/** How much of a tally still needs a person (review, update or translation), 0–100: what a sort by language sorts on. */
export const workLeftPercent = (tally: Tally, measure: Measure): number => 100 - reviewShares(tally, measure).done.percent;
