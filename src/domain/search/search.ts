import Fuse from 'fuse.js';
import { bigramKeys } from './ngrams.ts';
import { compactText, hasThai, shiftThaiToLao } from './normalize.ts';
import type { MatchField, SearchIndex, ShortField } from './search-index.ts';
import { passageSnippet, shortFieldSnippet, type Snippet } from './snippet.ts';

export interface SearchHit {
  id: string;
  /** 0 exact id, 1 id/title/pinyin, 2 field name, 3 body text: lower ranks first. */
  tier: 0 | 1 | 2 | 3;
  /** Within a tier, lower is better (0 is a perfect match). */
  score: number;
  field: MatchField | 'body';
  /** The matched text with its highlights; computed on demand, for the results actually shown. */
  snippet(): Snippet | undefined;
}

/** The best match found so far for one record; the record's id is read from the index at the end. */
type Candidate = Omit<SearchHit, 'snippet' | 'id'> & { source?: ShortField; passageQuery: string };

export interface SearchOptions {
  limit?: number;
  /** Extra spellings of the query to try too, e.g. its simplified-Chinese form. */
  variants?: readonly string[];
}

/** Queries are cut here: nobody types more, and it bounds the work a pasted page can cause. */
const MAX_QUERY = 200;
/** Fuse's bitap works on up to 32 characters at a time; longer patterns are matched by candidates alone. */
const MAX_FUSE_PATTERN = 32;
/** Queries this short must match exactly: one changed tone mark or vowel is another word, not a typo. */
const EXACT_ONLY_UP_TO = 4;
const MAX_SHORT_CANDIDATES = 300;
const MAX_BODY_CANDIDATES = 200;
/** Candidates checked for an approximate (typo) match in their body text: each check scans the whole record. */
const MAX_APPROXIMATE_BODIES = 40;
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
  const best = new Map<number, Candidate>();
  const offer = (doc: number, hit: Candidate) => {
    const current = best.get(doc);
    if (!current || hit.tier < current.tier || (hit.tier === current.tier && hit.score < current.score)) best.set(doc, hit);
  };

  const id = exactIdOf(query);
  const idDoc = id === undefined ? undefined : index.idToDoc.get(id);
  if (idDoc !== undefined) offer(idDoc, { tier: 0, score: 0, field: 'id', passageQuery: '' });

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
    .map(([doc, hit]) => {
      let snippet: Snippet | undefined | null = null;
      const makeSnippet = () =>
        hit.source ? shortFieldSnippet(hit.source, hit.passageQuery) : passageSnippet(index.sources[doc], index.bodies[doc], hit.passageQuery);
      return { id: index.sources[doc].id, tier: hit.tier, score: hit.score, field: hit.field, snippet: () => (snippet === null ? (snippet = makeSnippet()) : snippet) };
    });
}

type Offer = (doc: number, hit: Candidate) => void;

/** How many of the query's grams each item's postings hold; only items with at least `needed`, best first. */
function topCandidates(postings: Map<number, number[]>, grams: readonly number[], needed: number, max: number): { item: number; count: number }[] {
  const counts = new Map<number, number>();
  // Walk the shortest lists first: an item missing from too many lists can be skipped once it cannot reach `needed`.
  const lists = grams.map((g) => postings.get(g) ?? []).sort((a, b) => a.length - b.length);
  lists.forEach((list, i) => {
    const remaining = lists.length - i;
    for (const item of list) {
      const count = counts.get(item);
      if (count !== undefined) counts.set(item, count + 1);
      else if (remaining >= needed) counts.set(item, 1);
    }
  });
  const candidates: { item: number; count: number }[] = [];
  for (const [item, count] of counts) if (count >= needed) candidates.push({ item, count });
  candidates.sort((a, b) => b.count - a.count || a.item - b.item);
  return candidates.slice(0, max);
}

function matchShortFields(index: SearchIndex, compact: string, offer: Offer) {
  const grams = bigramKeys(compact);
  const needed = Math.ceil(grams.length * requiredCoverage(grams.length));
  const candidates = topCandidates(index.shortPostings, grams, needed, MAX_SHORT_CANDIDATES).map(({ item }) => index.shortFields[item]);
  if (candidates.length === 0) return;
  if (compact.length > MAX_FUSE_PATTERN || compact.length <= EXACT_ONLY_UP_TO) {
    // Too long for bitap, or too short for a typo to be told from another word (ຂ່າວ news, ຂາວ white):
    // a candidate whose text holds the whole query matches, others do not.
    for (const field of candidates) {
      if (field.folded.text.includes(compact)) offer(field.doc, { tier: FIELD_TIER[field.field], score: FIELD_PENALTY[field.field], field: field.field, source: field, passageQuery: compact });
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
    offer(field.doc, { tier: FIELD_TIER[field.field], score, field: field.field, source: field, passageQuery: compact });
  }
}

function matchBodies(index: SearchIndex, compact: string, offer: Offer) {
  const grams = bigramKeys(compact);
  const needed = Math.ceil(grams.length * requiredCoverage(grams.length));
  const piece = Math.max(3, Math.ceil(compact.length * 0.75));
  let approximate = 0;
  for (const { item: doc, count } of topCandidates(index.bodyPostings, grams, needed, MAX_BODY_CANDIDATES)) {
    const body = index.bodies[doc];
    // The whole query in the text beats a part of it; scattered bigrams alone are not a match in long text.
    if (body.includes(compact)) offer(doc, { tier: 3, score: 0, field: 'body', passageQuery: compact });
    else if (approximate++ < MAX_APPROXIMATE_BODIES && hasPiece(body, compact, piece)) {
      offer(doc, { tier: 3, score: 1.1 - count / grams.length, field: 'body', passageQuery: compact });
    }
  }
}

/**
 * Whether `text` holds a run of `length` consecutive characters of `query` (a typo breaks the rest). Tries the
 * start, the end and the middle of the query: enough to step around one typo, and bounded for pasted text.
 */
function hasPiece(text: string, query: string, length: number): boolean {
  if (length > query.length) return false;
  const last = query.length - length;
  for (const start of new Set([0, last, Math.floor(last / 2)])) if (text.includes(query.slice(start, start + length))) return true;
  return false;
}
