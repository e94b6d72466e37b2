import type { Language } from '../text/languages.ts';
import { queryTerms } from './latin-words.ts';
import { compactText, hasThai, shiftThaiToLao } from './normalize.ts';
import { termGrams, vocabularyLowerBound, type MatchField, type SearchEntry, type SearchIndex } from './search-index.ts';
import { alignWord, findApproximate, slipBudget, unspacedSlipBudget, type FoundRun } from './slips.ts';
import { entrySnippet, type EntryMark, type Snippet } from './snippet.ts';

export interface SearchHit {
  id: string;
  /** The field that matched best: id, title, pinyin, initials, unit (a unit title), field (its field name) or body. */
  field: MatchField;
  /** The language of the text that matched. */
  lang: Language;
  /** True when every word of the query matched as typed (a word being typed may be a prefix). */
  exact: boolean;
  /** How many slips were forgiven (dropped, added, wrong or swapped letters; a same-sound Chinese character). */
  slips: number;
  /** The matched text with its highlights; computed on demand, for the results actually shown. */
  snippet(): Snippet | undefined;
}

export interface SearchOptions {
  limit?: number;
  /** The page language: on a tie, its texts rank first. */
  lang?: Language;
  /** Extra spellings of the query to try too, e.g. its simplified-Chinese form. */
  variants?: readonly string[];
  /** The query's Chinese spelled in pinyin letters: titles that sound the same match, with one slip. */
  soundsLike?: readonly string[];
}

/** Queries are cut here: nobody types more, and it bounds the work a pasted page can cause. */
const MAX_QUERY = 200;
/** Entries a search verifies at most: bounds a one-letter query on a large catalogue. */
const MAX_CANDIDATES = 6000;
/** Vocabulary words a query word may stand for (a one-letter prefix stands for many). */
const MAX_WORDS_PER_TERM = 400;
/** Passages checked for a run with slips, those sharing most of its grams first. */
const MAX_APPROXIMATE_PASSAGES = 16;
/** Any collection's prefix (collections.yaml gives them; the index knows which ids exist) and a number. */
const ID_QUERY = /^([a-z]{2,5})0*(\d{1,2})$/;
const CLASS: Record<MatchField, number> = { id: 0, title: 0, pinyin: 0, initials: 0, unit: 0, field: 1, body: 2 };
const ORDER: Record<MatchField, number> = { id: 0, title: 1, pinyin: 2, initials: 3, unit: 4, field: 5, body: 6 };

/** Reads "lcs-03", "LCS03", "lcs 3" as LCS-03. */
export function exactIdOf(query: string): string | undefined {
  const match = ID_QUERY.exec(compactText(query.slice(0, 40)));
  return match ? `${match[1].toUpperCase()}-${match[2].padStart(2, '0')}` : undefined;
}

interface EntryMatch {
  slips: number;
  /** Of the slips, how many are only a Lao tone mark left out or changed: the likeliest slip, ranked first. */
  toneSlips?: number;
  exact: boolean;
  marks: EntryMark[];
}

interface Best {
  key: number;
  entry: number;
  passage: number;
  match: EntryMatch;
}

export function searchCatalogue(index: SearchIndex, rawQuery: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 20;
  const query = rawQuery.slice(0, MAX_QUERY);
  const best = new Map<number, Best>();
  // Body text holding the query as typed, words in order, ranks above the same words apart.
  const queryCompact = compactText(query);
  const queryLength = queryCompact.length;

  const offer = (entry: number, match: EntryMatch) => {
    const e = index.entries[entry];
    const uncovered = Math.max(0, e.compact.length - queryLength) / Math.max(1, e.compact.length);
    // A tone-mark slip weighs half a slip; among equals, a text that begins with the query comes first.
    const weight = Math.min(2 * match.slips - (match.toneSlips ?? 0), 19);
    const base =
      (match.exact ? 0 : 1) * 1e10 + CLASS[e.field] * 1e9 + weight * 1e7 + ORDER[e.field] * 1e6 +
      (options.lang && e.lang !== options.lang ? 1e5 : 0) + (beginsWithMatch(e, match) ? 0 : 1e4) +
      (e.field === 'body' ? (e.compact.includes(queryCompact) ? 0 : 5000) : Math.round(uncovered * 999));
    for (let r = 0; r < e.refs.length; r += 2) {
      const doc = e.refs[r];
      const current = best.get(doc);
      if (!current || base < current.key) best.set(doc, { key: base, entry, passage: e.refs[r + 1], match });
    }
  };

  const id = exactIdOf(query);
  const idDoc = id === undefined ? undefined : index.idToDoc.get(id);

  const forms = new Set([query, ...(options.variants ?? [])]);
  if (hasThai(query)) forms.add(shiftThaiToLao(query));
  // A word met again (in another form of the query, or with its neighbours joined) is looked up once per search.
  const words: WordCache = new Map();
  for (const form of forms) matchForm(index, form, offer, limit, words);
  for (const sound of options.soundsLike ?? []) {
    for (const [entry, match] of matchUnspaced(index, sound, index.pinyinPostings, 0)) offer(entry, { ...match, slips: Math.max(1, match.slips), exact: false });
  }
  if (idDoc !== undefined) {
    const idEntry = index.entries.findIndex((e) => e.field === 'id' && e.refs[0] === idDoc);
    best.set(idDoc, { key: -1, entry: idEntry, passage: -1, match: { slips: 0, exact: true, marks: [{ kind: 'all' }] } });
  }

  return [...best.entries()]
    .sort(([a, x], [b, y]) => x.key - y.key || a - b)
    .slice(0, limit)
    .map(([doc, hit]) => {
      const entry = index.entries[hit.entry];
      let snippet: Snippet | undefined | null = null;
      return {
        id: index.sources[doc].id,
        field: entry.field,
        lang: hit.passage >= 0 ? index.sources[doc].passages[hit.passage].lang : entry.lang,
        exact: hit.match.exact,
        slips: hit.match.slips,
        snippet: () => (snippet === null ? (snippet = entrySnippet(index, hit.entry, doc, hit.passage, hit.match.marks)) : snippet),
      };
    });
}

type Offer = (entry: number, match: EntryMatch) => void;

/** Every entry that holds all the query's words and unspaced runs (close together in body text). */
type WordCache = Map<string, Map<number, number>>;

function matchForm(index: SearchIndex, form: string, offer: Offer, limit: number, cache: WordCache, joining = true) {
  const { latin, unspaced } = queryTerms(form);
  if (latin.length === 0 && unspaced.length === 0) return;
  if (latin.length > 0 && unspaced.length === 0) matchPinyin(index, latin.join(''), offer);
  const words = latin.map((term, i) => {
    const last = i === latin.length - 1;
    const key = `${last ? 1 : 0}${latin.length > 1 ? 1 : 0}${term}`;
    let matched = cache.get(key);
    if (!matched) cache.set(key, (matched = matchingWords(index, term, last, latin.length > 1)));
    return matched;
  });
  // A word that is nowhere in the catalogue, even with slips, means no record is about the query.
  if (words.some((w) => w.size === 0)) return joining ? tryJoinedWords(index, form, latin, unspaced, offer, limit, cache) : undefined;

  let candidates: Iterable<[number, EntryMatch]>;
  // With several words, only entries holding one of each are worth checking word by word.
  const withEvery = words.length > 1 ? entriesWithEveryTerm(index, words) : undefined;
  if (unspaced.length > 0) {
    // Runs of Lao or Chinese are rarer than Latin words in this catalogue: they drive.
    const longest = unspaced.reduce((a, b) => (b.length > a.length ? b : a));
    candidates = matchUnspaced(index, longest, index.scriptPostings, unspacedSlipBudget(longest.length), latin.length === 0 && unspaced.length === 1 ? limit : Infinity);
    if (withEvery) {
      const allowed = new Set(withEvery);
      candidates = [...candidates].filter(([entry]) => allowed.has(entry));
    }
  } else if (withEvery) {
    candidates = withEvery.slice(0, MAX_CANDIDATES).map((entry): [number, EntryMatch] => [entry, { slips: 0, exact: true, marks: [] }]);
  } else {
    candidates = entriesWithWords(index, words[0], latin.join('').length <= 2 ? MAX_CANDIDATES / 10 : MAX_CANDIDATES);
  }
  let found = 0;
  for (const [entry, first] of candidates) {
    const match = completeMatch(index, entry, first, words, unspaced);
    if (match) {
      offer(entry, match);
      found++;
    }
  }
  if (found === 0 && joining) tryJoinedWords(index, form, latin, unspaced, offer, limit, cache);
}

/** "hydro power" finds "hydropower": with nothing found, adjacent words are tried joined, one pair at a time. */
function tryJoinedWords(index: SearchIndex, form: string, latin: string[], unspaced: string[], offer: Offer, limit: number, cache: WordCache) {
  if (unspaced.length > 0 || latin.length < 2 || latin.length > 6) return;
  for (let i = 0; i + 1 < latin.length; i++) {
    const joined = [...latin.slice(0, i), latin[i] + latin[i + 1], ...latin.slice(i + 2)].join(' ');
    if (joined !== form) matchForm(index, joined, offer, limit, cache, false);
  }
}

/** Entries holding a word of every term, ascending: the terms with the fewest postings are intersected first. */
function entriesWithEveryTerm(index: SearchIndex, words: Map<number, number>[]): number[] {
  const order = [...words].sort((a, b) => postingsSize(index, a) - postingsSize(index, b));
  const level = entryCounts(index, 1);
  const touched: number[] = [];
  order.forEach((matched, term) => {
    for (const id of matched.keys()) {
      const list = index.wordPostings[id];
      for (let k = 0; k < list.length; k++) {
        const entry = list[k];
        if (level[entry] !== term) continue;
        if (term === 0) touched.push(entry);
        level[entry] = term + 1;
      }
    }
  });
  const every: number[] = [];
  for (const entry of touched) {
    if (level[entry] === order.length) every.push(entry);
    level[entry] = 0;
  }
  return every.sort((a, b) => a - b);
}

function postingsSize(index: SearchIndex, words: Map<number, number>): number {
  let size = 0;
  for (const id of words.keys()) size += index.wordPostings[id].length;
  return size;
}

/** Vocabulary words a query word may stand for, with their slips: the word itself, or within its slip budget. */
function matchingWords(index: SearchIndex, term: string, last: boolean, withOthers: boolean): Map<number, number> {
  const found = new Map<number, number>();
  // A different number is a different thing, not a slip (LCS-99 is not LCS-09). Among other words, a four-letter
  // word may carry one slip too (`wors` for works): the other words keep the query from wandering.
  const budget = /\d/.test(term) ? 0 : term.length === 4 && withOthers ? 1 : slipBudget(term.length);
  // A word being typed is a prefix; so is any word of three letters or more ("hydro" for "hydropower").
  const prefix = last || term.length >= 3;
  const order = index.vocabularyOrder;
  let hasExactWord = false;
  for (let i = vocabularyLowerBound(index, term); i < order.length && found.size < MAX_WORDS_PER_TERM; i++) {
    const word = index.vocabulary[order[i]];
    if (word === term) hasExactWord = true;
    if (word === term || (prefix && word.startsWith(term))) found.set(order[i], 0);
    else break;
  }
  // A word the catalogue has exactly was typed as meant: `drone` is not a slip for `done`, `form` not for `from`.
  if (budget === 0 || hasExactWord) return found;
  const grams = termGrams(term);
  const needed = Math.max(1, grams.length - 2 * budget);
  const counts = vocabularyCounts(index);
  const touched: number[] = [];
  // Rarest lists first: a word first met in a list after the last `needed` ones cannot reach `needed`. People
  // rarely miss the first letter of a word (allowing it turns `solar` into `polar`): only words that begin with
  // the term's first letter, or its second (two first letters swapped), are counted.
  const lists = grams.map((g) => index.vocabularyGrams.get(g)).filter((l): l is Int32Array => l !== undefined).sort((a, b) => a.length - b.length);
  const initials = firstLetters(index);
  const first = term.charCodeAt(0);
  const second = term.charCodeAt(1);
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i];
    const opens = lists.length - i >= needed;
    for (let k = 0; k < list.length; k++) {
      const id = list[k];
      if (counts[id] > 0) counts[id]++;
      else if (opens && (initials[id] === first || initials[id] === second)) {
        counts[id] = 1;
        touched.push(id);
      }
    }
  }
  const near: [number, number][] = [];
  for (const id of touched) {
    const count = counts[id];
    counts[id] = 0;
    if (count < needed || found.get(id) === 0) continue;
    const word = index.vocabulary[id];
    if (word.length < term.length - budget || (!prefix && word.length > term.length + budget)) continue;
    if (word[0] !== term[0] && !(word[0] === term[1] && word[1] === term[0])) continue;
    const { whole, prefix: start } = alignWord(term, word, budget);
    // A word still being typed may carry slips too, one fewer than a whole word (`quantum` is not `quanti…`).
    const slips = whole <= budget ? whole : last && start <= budget - 1 ? start : budget + 1;
    if (slips <= budget) near.push([id, slips]);
  }
  near.sort((a, b) => a[1] - b[1]);
  for (const [id, slips] of near.slice(0, MAX_WORDS_PER_TERM)) found.set(id, slips);
  return found;
}

const firstLetterArrays = new WeakMap<SearchIndex, Uint16Array>();

/** The first code unit of every vocabulary word, made once per index. */
function firstLetters(index: SearchIndex): Uint16Array {
  let letters = firstLetterArrays.get(index);
  if (!letters) firstLetterArrays.set(index, (letters = Uint16Array.from(index.vocabulary, (word) => word.charCodeAt(0))));
  return letters;
}

const countArrays = new WeakMap<SearchIndex, Int32Array>();
const entryCountArrays = [new WeakMap<SearchIndex, Int32Array>(), new WeakMap<SearchIndex, Int32Array>()];

/**
 * One zeroed counter per entry, reused by every search (callers zero what they touched). Slot 0 counts grams of
 * an unspaced run, slot 1 the terms an entry holds: both may be in use at once.
 */
function entryCounts(index: SearchIndex, slot: 0 | 1 = 0): Int32Array {
  let counts = entryCountArrays[slot].get(index);
  if (!counts) entryCountArrays[slot].set(index, (counts = new Int32Array(index.entries.length)));
  return counts;
}

/** One zeroed counter per vocabulary word, reused by every search (callers zero what they touched). */
function vocabularyCounts(index: SearchIndex): Int32Array {
  let counts = countArrays.get(index);
  if (!counts) countArrays.set(index, (counts = new Int32Array(index.vocabulary.length)));
  return counts;
}

function* entriesWithWords(index: SearchIndex, words: Map<number, number>, max: number): Iterable<[number, EntryMatch]> {
  const seen = new Set<number>();
  for (const id of words.keys()) {
    for (const entry of index.wordPostings[id]) {
      if (seen.size >= max) return;
      if (seen.has(entry)) continue;
      seen.add(entry);
      yield [entry, { slips: 0, exact: true, marks: [] }];
    }
  }
}

/** Checks an entry for every term; in body text the Latin words must stand within a few words of each other. */
function completeMatch(index: SearchIndex, entry: number, first: EntryMatch, words: Map<number, number>[], unspaced: string[]): EntryMatch | undefined {
  const e = index.entries[entry];
  let slips = first.slips;
  let toneSlips = first.toneSlips ?? 0;
  let exact = first.exact;
  const marks = [...first.marks];
  const positions: number[][] = [];
  // Only body text needs where each word stands (its words must be close together); elsewhere the first word
  // matched as typed settles the term.
  const placed = e.field === 'body' && words.length > 1;
  for (const matched of words) {
    let termSlips = Infinity;
    const at: number[] = [];
    for (let i = 0; i < e.words.length; i++) {
      const s = matched.get(e.words[i]);
      if (s === undefined) continue;
      at.push(i);
      if (s < termSlips) termSlips = s;
      if (termSlips === 0 && !placed) break;
    }
    if (at.length === 0) return undefined;
    positions.push(at);
    slips += termSlips;
    if (termSlips > 0) exact = false;
    marks.push({ kind: 'words', ids: wordsWithSlips(matched, termSlips) });
  }
  const longest = unspaced.length ? unspaced.reduce((a, b) => (b.length > a.length ? b : a)) : '';
  for (const term of unspaced) {
    if (term === longest && first.marks.length > 0) continue;
    const run = findRun(e.compact, term);
    if (!run) return undefined;
    slips += run.slips;
    toneSlips += toneOnlySlips(term, e.compact, run);
    if (run.slips > 0) exact = false;
    marks.push({ kind: 'range', start: run.start, end: run.end });
  }
  if (placed && !closeTogether(positions, 2 * positions.length + 3)) return undefined;
  return { slips, toneSlips, exact, marks };
}

const bySlips = new WeakMap<Map<number, number>, Map<number, Set<number>>>();

/** The words of a term's matches that carry exactly `slips` (what a snippet marks), made once per search. */
function wordsWithSlips(matched: Map<number, number>, slips: number): Set<number> {
  let levels = bySlips.get(matched);
  if (!levels) bySlips.set(matched, (levels = new Map()));
  let ids = levels.get(slips);
  if (!ids) levels.set(slips, (ids = new Set([...matched].filter(([, s]) => s === slips).map(([id]) => id))));
  return ids;
}

/** Whether one position of each list lies within a window of `span` words. */
function closeTogether(positions: number[][], span: number): boolean {
  return positions[0].some((p) => positions.every((list) => list.some((q) => Math.abs(q - p) <= span)));
}

function findRun(text: string, term: string, budget = unspacedSlipBudget(term.length)): FoundRun | undefined {
  const at = text.indexOf(term);
  if (at >= 0) return { slips: 0, start: at, end: at + term.length };
  return budget > 0 ? findApproximate(term, text, budget) : undefined;
}

/** Entries holding an unspaced run within its slip budget: candidates share enough of its grams, then are verified. */
function matchUnspaced(index: SearchIndex, term: string, postings: Map<number, Int32Array>, budget: number, enough = Infinity): [number, EntryMatch][] {
  const grams = termGrams(term);
  // Each slip breaks at most two bigrams (a swap three, rarely all of them).
  const needed = Math.max(1, grams.length - 2 * budget);
  if (term.length > 1 && grams.length < (term.length - 1) / 4 && budget > 0) budget = 0; // a run repeating a few characters
  const lists = grams.map((g) => postings.get(g)).filter((l): l is Int32Array => l !== undefined).sort((a, b) => a.length - b.length);
  // Rarest lists first: an entry first met in a list after the last `needed` ones cannot reach `needed`.
  const counts = entryCounts(index);
  const touched: number[] = [];
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i];
    const opens = lists.length - i >= needed;
    // Past the lists that may open an entry, only entries already met count: when they are few beside a long list
    // (a syllable as common as ການ), each is looked up in it rather than the whole list read.
    if (!opens && touched.length * LOOKUP_RATIO < list.length) {
      countKnown(list, touched, counts);
      continue;
    }
    for (let k = 0; k < list.length; k++) {
      const entry = list[k];
      if (counts[entry] > 0) counts[entry]++;
      else if (opens) {
        counts[entry] = 1;
        touched.push(entry);
      }
    }
  }
  // One character is a word only in a title (急 in 急救); in body text it is everywhere.
  const shortOnly = term.length === 1;
  const found: [number, EntryMatch][] = [];
  const inexact: [number, number][] = [];
  const docs = new Set<number>();
  for (const entry of touched) {
    const count = counts[entry];
    counts[entry] = 0;
    if (count < needed || found.length >= MAX_CANDIDATES) continue;
    const e = index.entries[entry];
    if (shortOnly && e.field === 'body') continue;
    // Holding the run as typed needs every one of its grams.
    const run = count === grams.length ? findRun(e.compact, term, 0) : undefined;
    if (!run) inexact.push([entry, count]);
    else {
      found.push([entry, runMatch(run, term, e.compact)]);
      for (let r = 0; r < e.refs.length && docs.size < enough; r += 2) docs.add(e.refs[r]);
    }
  }
  // Runs with slips rank below every exact match: with enough records found exactly, they cannot be shown.
  if (budget === 0 || docs.size >= enough) return found;
  // Short fields are checked for slips whole; body text only in the passages sharing most of the query's grams
  // (a forgiven body match ranks last, and long passages share common grams with anything).
  const body: [number, number][] = [];
  for (const candidate of inexact) {
    const e = index.entries[candidate[0]];
    if (e.field === 'body') body.push(candidate);
    else if (e.compact.length >= term.length - budget) {
      const run = findApproximate(term, e.compact, budget);
      if (run) found.push([candidate[0], runMatch(run, term, e.compact)]);
    }
  }
  for (const [entry] of mostShared(body, MAX_APPROXIMATE_PASSAGES)) {
    const text = index.entries[entry].compact;
    const run = findApproximate(term, text, budget);
    if (run) found.push([entry, runMatch(run, term, text)]);
  }
  return found;
}

/** A binary search costs about this many sequential reads of a postings list. */
const LOOKUP_RATIO = 16;

/** Counts one more for each of `known` that `list` (ascending) holds, by binary search. */
function countKnown(list: Int32Array, known: readonly number[], counts: Int32Array) {
  for (const value of known) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo < list.length && list[lo] === value) counts[value]++;
  }
}

/** The `max` candidates with the highest counts (ties: lower entry first), without sorting them all. */
function mostShared(candidates: [number, number][], max: number): [number, number][] {
  const byCount = (a: [number, number], b: [number, number]) => b[1] - a[1] || a[0] - b[0];
  if (candidates.length <= max) return candidates.sort(byCount);
  const histogram: number[] = [];
  for (const [, count] of candidates) histogram[count] = (histogram[count] ?? 0) + 1;
  let threshold = histogram.length - 1;
  for (let taken = 0; threshold > 0; threshold--) {
    taken += histogram[threshold] ?? 0;
    if (taken >= max) break;
  }
  return candidates.filter(([, count]) => count >= threshold).sort(byCount).slice(0, max);
}

const runMatch = (run: FoundRun, term: string, text: string): EntryMatch => ({
  slips: run.slips,
  toneSlips: toneOnlySlips(term, text, run),
  exact: run.slips === 0,
  marks: [{ kind: 'range', start: run.start, end: run.end }],
});

const LAO_TONE_MARKS = /[\u0EC8-\u0ECB]/g;

/** The slips of a run, when they are all a Lao tone mark left out, added or changed (ຄາ for ຄ້າ); else 0. */
function toneOnlySlips(term: string, text: string, run: FoundRun): number {
  if (run.slips === 0 || !LAO_TONE.test(term)) return 0;
  // The alignment may have stopped a character early (a slip is a slip wherever it falls): read on a little.
  const toneless = term.replace(LAO_TONE_MARKS, '');
  return text.slice(run.start, run.start + term.length + run.slips + 1).replace(LAO_TONE_MARKS, '').startsWith(toneless) ? run.slips : 0;
}
const LAO_TONE = /[\u0E80-\u0EFF]/;

/** Whether the match starts the text: its first run at 0, or its words the text's first words, in order. */
function beginsWithMatch(e: SearchEntry, match: EntryMatch): boolean {
  const first = match.marks[0];
  if (!first) return false;
  if (first.kind === 'all') return true;
  if (first.kind === 'range') return first.start === 0;
  return match.marks.every((mark, i) => mark.kind === 'words' && i < e.words.length && mark.ids.has(e.words[i]));
}

/** A Latin query read as pinyin (or initials) of the Chinese titles and field names. */
function matchPinyin(index: SearchIndex, letters: string, offer: Offer) {
  if (letters.length < 2 || /\d/.test(letters)) return;
  // Pinyin letters are dense, so any English word is a few slips from some stretch of them: one slip, and only
  // in a long run of pinyin; initials match exactly.
  for (const [entry, match] of matchUnspaced(index, letters, index.pinyinPostings, letters.length >= 8 ? 1 : 0)) {
    if (match.slips === 0 || index.entries[entry].field !== 'initials') offer(entry, match);
  }
}
