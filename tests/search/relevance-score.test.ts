import { describe, expect, it } from 'vitest';
import type { LabelledQuery } from '../../scripts/lib/labelled-queries.ts';
import { answers, scoreRelevance } from '../../scripts/lib/relevance-score.ts';

describe('how a labelled query is scored', () => {
  const rebar: LabelledQuery = { kind: 'zh', query: '钢筋', expect: 'LCS-12', alsoRight: ['PSS-06'] };

  it('takes the expected record, or one named as right, in the top 3', () => {
    expect(answers(rebar, ['ICC-01', 'CDS-02', 'LCS-12'])).toBe(true);
    expect(answers(rebar, ['PSS-06'])).toBe(true);
    expect(answers(rebar, ['ICC-01', 'CDS-02', 'ICC-03', 'LCS-12'])).toBe(false);
    expect(answers({ kind: 'zh', query: '钢筋', expect: 'LCS-12' }, ['PSS-06', 'ICC-01'])).toBe(false);
  });

  it('asks a record to come first only of an exact title or id, and nothing of a negative', () => {
    expect(answers({ kind: 'id', query: 'lcs 3', expect: 'LCS-03', first: true }, ['LCS-13', 'LCS-03'])).toBe(false);
    expect(answers({ kind: 'negative', query: 'volcano', none: true }, [])).toBe(true);
    expect(answers({ kind: 'negative', query: 'volcano', none: true }, ['ICC-01'])).toBe(false);
  });

  it('scores overall on queries with an expected record, and negatives by kind', () => {
    const score = scoreRelevance([rebar, { kind: 'negative', query: 'volcano', none: true }], (q) => (q === '钢筋' ? ['LCS-12'] : ['ICC-01']));
    expect(score.top3).toBe(1);
    expect(score.top3ByKind).toEqual({ zh: 1, negative: 0 });
  });
});
