import type { LabelledQuery, QueryKind } from './labelled-queries.ts';

/**
 * Whether an engine's ranked ids answer a labelled query: the expected record (or one as right) in the top 3, first
 * when asked; nothing for a negative.
 */
export function answers(labelled: LabelledQuery, ids: readonly string[]): boolean {
  if (labelled.none) return ids.length === 0;
  if (labelled.notFirst) return ids[0] !== labelled.notFirst;
  if (labelled.first) return ids[0] === labelled.expect;
  const right = [labelled.expect!, ...(labelled.alsoRight ?? [])];
  return ids.slice(0, 3).some((id) => right.includes(id));
}

export interface RelevanceScore {
  /** Share of the queries with an expected record that have it in the top 3 (first, when asked). */
  top3: number;
  /** The same per kind; for negatives, the share that returned nothing (or not the wrong first record). */
  top3ByKind: Partial<Record<QueryKind, number>>;
}

export function scoreRelevance(queries: readonly LabelledQuery[], rank: (query: string) => readonly string[]): RelevanceScore {
  const byKind = new Map<QueryKind, { hit: number; all: number }>();
  let hit = 0;
  let all = 0;
  for (const labelled of queries) {
    const ok = answers(labelled, rank(labelled.query));
    const kind = byKind.get(labelled.kind) ?? { hit: 0, all: 0 };
    kind.all++;
    if (ok) kind.hit++;
    byKind.set(labelled.kind, kind);
    if (labelled.expect) {
      all++;
      if (ok) hit++;
    }
  }
  return { top3: hit / all, top3ByKind: Object.fromEntries([...byKind].map(([kind, { hit, all }]) => [kind, hit / all])) };
}
