import Fuse from 'fuse.js';
import { bigrams } from './ngrams';
import { compactText, hasThai, shiftThaiToLao } from './normalize';
import type { MatchField, SearchIndex, ShortField } from './search-index';
import { passageSnippet, shortFieldSnippet, type Snippet } from './snippet';

export interface SearchHit {
  id: string;
  /** 0 exact id, 1 id/title/pinyin, 2 field name, 3 body text: lower ranks first. */
  tier: 0 | 1 | 2 | 3;
  /** Within a tier, lower is better (0 is a perfect match). */
  score: number;
  field: MatchField | 'body';
  snippet?: Snippet;
}

export interface SearchOptions {
  limit?: number;
  /** Extra spellings of the query to try too, e.g. its simplified-Chinese form. */
  variants?: readonly string[];
}

/** Queries are cut here: nobody types more, and it bounds the work a pasted page can cause. */
const MAX_QUERY = 200;
/** Fuse's bitap works on up to 32 characters at a time; longer patterns are matched by candidates alone. */
const MAX_FUSE_PATTERN = 32;
const MAX_SHORT_CANDIDATES = 300;
const MAX_BODY_CANDIDATES = 300;
const FIELD_TIER: Record<MatchField, 1 | 2> = { id: 1, title: 1, pinyin: 1, initials: 1, field: 2 };
const FIELD_PENALTY: Record<MatchField, number> = { id: 0, title: 0, pinyin: 0.02, initials: 0.05, field: 0 };
const ID_QUERY = /^(lcs|icc|cds)0*(\d{1,2})$/;

/** Reads "lcs-03", "LCS03", "lcs 3" as LCS-03. */
export function exactIdOf(query: string): string | undefined {
  const match = ID_QUERY.exec(compactText(query.slice(0, 40)));
  return match ? `${match[1].toUpperCase()}-${match[2].padStart(2, '0')}` : undefined;
}

/** Share of the query's grams that a posting count covers, required before a candidate is ranked. */
function requiredCoverage(gramCount: number): number {
  return gramCount <= 2 ? 1 : 0.7;
}

export function searchCatalogue(index: SearchIndex, rawQuery: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 20;
  const query = rawQuery.slice(0, MAX_QUERY);
  const best = new Map<number, SearchHit & { source?: ShortField; passageQuery?: string }>();
  const offer = (doc: number, hit: SearchHit & { source?: ShortField; passageQuery?: string }) => {
    const current = best.get(doc);
    if (!current || hit.tier < current.tier || (hit.tier === current.tier && hit.score < current.score)) best.set(doc, hit);
  };

  const id = exactIdOf(query);
  const idDoc = id === undefined ? undefined : index.idToDoc.get(id);
  if (idDoc !== undefined) offer(idDoc, { id: id!, tier: 0, score: 0, field: 'id' });

  const variants = new Set([query, ...(options.variants ?? [])]);
  if (hasThai(query)) variants.add(shiftThaiToLao(query));
  for (const variant of variants) {
    const compact = compactText(variant);
    if (!compact) continue;
    matchShortFields(index, compact, offer);
    if (compact.length >= 2) matchBodies(index, compact, offer);
  }

  return [...best.entries()]
    .sort(([a, x], [b, y]) => x.tier - y.tier || x.score - y.score || a - b)
    .slice(0, limit)
    .map(([doc, hit]) => ({
      id: index.sources[doc].id,
      tier: hit.tier,
      score: hit.score,
      field: hit.field,
      snippet: hit.source ? shortFieldSnippet(hit.source, hit.passageQuery ?? '') : passageSnippet(index.sources[doc], index.bodies[doc], hit.passageQuery ?? ''),
    }));
}

type Offer = (doc: number, hit: SearchHit & { source?: ShortField; passageQuery?: string }) => void;

function countPostings(postings: Map<string, number[]>, grams: readonly string[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const gram of grams) for (const item of postings.get(gram) ?? []) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function topCandidates(counts: Map<number, number>, needed: number, max: number): number[] {
  return [...counts.entries()]
    .filter(([, count]) => count >= needed)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, max)
    .map(([item]) => item);
}

function matchShortFields(index: SearchIndex, compact: string, offer: Offer) {
  const grams = compact.length === 1 ? [compact] : bigrams(compact);
  const needed = Math.ceil(grams.length * requiredCoverage(grams.length));
  const counts = countPostings(index.shortPostings, grams);
  const candidates = topCandidates(counts, needed, MAX_SHORT_CANDIDATES).map((i) => index.shortFields[i]);
  if (candidates.length === 0) return;
  if (compact.length > MAX_FUSE_PATTERN) {
    // Too long for bitap: a candidate whose text holds the whole query is an exact match, others are dropped.
    for (const field of candidates) {
      if (field.folded.text.includes(compact)) offer(field.doc, { id: '', tier: FIELD_TIER[field.field], score: FIELD_PENALTY[field.field], field: field.field, source: field, passageQuery: compact });
    }
    return;
  }
  const fuse = new Fuse(candidates, {
    keys: [{ name: 'text', getFn: (field: ShortField) => field.folded.text }],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: Math.min(2, compact.length),
  });
  for (const result of fuse.search(compact)) {
    const field = result.item;
    const score = (result.score ?? 1) + FIELD_PENALTY[field.field];
    offer(field.doc, { id: '', tier: FIELD_TIER[field.field], score, field: field.field, source: field, passageQuery: compact });
  }
}

function matchBodies(index: SearchIndex, compact: string, offer: Offer) {
  const grams = bigrams(compact);
  const needed = Math.ceil(grams.length * requiredCoverage(grams.length));
  const counts = countPostings(index.bodyPostings, grams);
  const piece = Math.max(3, Math.ceil(compact.length * 0.6));
  for (const doc of topCandidates(counts, needed, MAX_BODY_CANDIDATES)) {
    const body = index.bodies[doc];
    // The whole query in the text beats a part of it; scattered bigrams alone are not a match in long text.
    if (body.includes(compact)) offer(doc, { id: '', tier: 3, score: 0, field: 'body', passageQuery: compact });
    else if (hasPiece(body, compact, piece)) {
      const coverage = (counts.get(doc) ?? 0) / grams.length;
      offer(doc, { id: '', tier: 3, score: 1.1 - coverage, field: 'body', passageQuery: compact });
    }
  }
}

/** Whether `text` holds some run of `length` consecutive characters of `query` (a typo breaks the rest). */
function hasPiece(text: string, query: string, length: number): boolean {
  if (length > query.length) return false;
  for (let start = 0; start + length <= query.length; start++) if (text.includes(query.slice(start, start + length))) return true;
  return false;
}
