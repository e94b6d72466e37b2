import Fuse from 'fuse.js';
import { compareIds } from '../record/catalogue.ts';
import { firstGraphemes } from '../text/shorten.ts';
import type { StandardSummary } from '../record/summary.ts';

const compact = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The records nearest to an id or title that was not found, for a not-found page: closest ids, then titles. */
export function suggestStandards(standards: readonly StandardSummary[], wanted: string, limit = 5): StandardSummary[] {
  const key = firstGraphemes(compact(wanted), 40);
  const wantedNumber = Number(/\d+$/.exec(key)?.[0] ?? NaN);
  // Same distance: the numerically nearest id first, so LCS-18 suggests LCS-17 before LCS-08.
  const nearness = (id: string) => Math.abs(Number(/\d+$/.exec(id)?.[0] ?? 0) - wantedNumber) || 0;
  const byId = standards
    .map((s) => ({ s, d: editDistance(compact(s.id), key) }))
    .filter(({ d }) => d <= 2)
    .sort((a, b) => a.d - b.d || nearness(a.s.id) - nearness(b.s.id) || compareIds(a.s.id, b.s.id))
    .map(({ s }) => s);
  const fuse = new Fuse(standards, { keys: ['titles.zh', 'titles.lo', 'titles.en'], threshold: 0.4, ignoreLocation: true });
  const byTitle = fuse.search(firstGraphemes(wanted, 32)).map((r) => r.item);
  return [...new Set([...byId, ...byTitle])].slice(0, limit);
}
