/**
 * How many slips a query term may carry, and the edit distances that count them. A slip is a dropped, added,
 * wrong or swapped (adjacent) character: the optimal-string-alignment distance, so `mainetnance` is one slip
 * from `maintenance`, not two.
 */

/**
 * Roughly one slip per five characters. Four characters or fewer must match exactly: in Lao a changed tone mark
 * or vowel in one short word is another word (ຂ່າວ news, ຂາວ white), and in any script a slip in a short word
 * leaves too little to recognise it by.
 */
export function slipBudget(length: number): number {
  return length <= 4 ? 0 : Math.min(MAX_SLIPS, Math.ceil(length / 5));
}

/**
 * The budget of a run of Lao or Chinese. Lao writes a syllable with two to four code points (vowel signs and tone
 * marks are characters of their own), so a run is longer than the word it spells: one slip from five characters,
 * then one more per six (ດາລາສາດ, astronomy, must not become ຊາລາ…ສາ with two).
 */
export function unspacedSlipBudget(length: number): number {
  return length <= 4 ? 0 : Math.min(MAX_SLIPS, Math.max(1, Math.floor(length / 6)));
}

/** A pasted paragraph is not typed with forty slips: past this, more slips only cost time. */
const MAX_SLIPS = 6;

/**
 * Where `pattern` may occur in `text` within `max` slips. Cut into max + 2 pieces, a match leaves two pieces
 * unchanged (each slip spoils at most one), and both sit where the pattern would put them, give or take `max`:
 * only places where two pieces agree are aligned. A pattern too short for pieces of three characters is cut into
 * max + 1, of which one must occur. (A swap of neighbours across a cut spoils two pieces; the normaliser puts Lao
 * marks in one order, so such swaps are rare.)
 */
function candidateWindows(pattern: string, text: string, max: number): [number, number][] {
  const m = pattern.length;
  const agreeing = agreeingPieces(m, max);
  const pieces = max + agreeing;
  const cuts = Array.from({ length: pieces + 1 }, (_, p) => Math.floor((p * m) / pieces));
  const present: number[] = [];
  for (let p = 0; p < pieces; p++) if (cuts[p + 1] > cuts[p] && text.includes(pattern.slice(cuts[p], cuts[p + 1]))) present.push(p);
  if (present.length < agreeing) return [];
  // Where the pattern would start, by each occurrence of each piece present: (start + m) · 8 + piece in one
  // reused typed array (at most MAX_PIECES × MAX_OCCURRENCES of them), sorted numerically.
  let count = 0;
  for (const p of present) {
    const from = cuts[p];
    const piece = pattern.slice(from, cuts[p + 1]);
    let seen = 0;
    for (let at = text.indexOf(piece); at >= 0 && seen++ < MAX_OCCURRENCES; at = text.indexOf(piece, at + 1)) START_BUFFER[count++] = (at - from + m) * 8 + p;
  }
  const starts = START_BUFFER.subarray(0, count).sort();
  const startOf = (i: number) => (starts[i] >> 3) - m;
  const windows: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    let last = agreeing === 1 ? i : -1;
    for (let j = i + 1; last < 0 && j < count && startOf(j) - startOf(i) <= max; j++) {
      if ((starts[j] & 7) !== (starts[i] & 7)) last = j;
    }
    if (last < 0) continue;
    const window: [number, number] = [Math.max(0, startOf(i) - max), Math.min(text.length, startOf(last) + m + max)];
    const previous = windows[windows.length - 1];
    if (previous && window[0] <= previous[1]) previous[1] = Math.max(previous[1], window[1]);
    else windows.push(window);
  }
  return windows;
}

/** How many unchanged pieces a match must leave: two when max + 2 pieces are three characters or more, else one. */
const agreeingPieces = (length: number, max: number): 1 | 2 => (Math.floor(length / (max + 2)) >= 3 ? 2 : 1);

/** Occurrences of one piece considered: a piece as common as a syllable cannot place a pattern anyway. */
const MAX_OCCURRENCES = 256;
/** Pieces a pattern is cut into at most (max + 2, with at most MAX_SLIPS slips): a piece's number fits in 3 bits. */
const MAX_PIECES = MAX_SLIPS + 2;
/** Where `candidateWindows` notes piece occurrences, reused by every call; never more than this many. */
const START_BUFFER = new Int32Array(MAX_PIECES * MAX_OCCURRENCES);

export interface WordAlignment {
  /** Slips between the term and the whole word. */
  whole: number;
  /** Slips between the term and the word's best prefix (the term typed so far). */
  prefix: number;
}

/**
 * Distances of `term` to `word` and to `word`'s best prefix, each capped at `max + 1`. Only the diagonal band
 * of width `max` either side is computed (a cell further out is over the cap anyway), in buffers reused by
 * every call: this runs for every vocabulary word that shares enough of a term's letters.
 */
export function alignWord(term: string, word: string, max: number): WordAlignment {
  const m = term.length;
  const over = max + 1;
  if (m - word.length > max) return { whole: over, prefix: over };
  // Columns past m + max cannot be reached within the cap; a longer word is still a candidate for its prefix.
  const n = Math.min(word.length, m + max);
  const wholeReachable = word.length <= m + max;
  let [prev2, prev, row] = alignmentRows(n + 2);
  for (let j = 0; j <= n + 1; j++) {
    prev[j] = j <= max ? j : over;
    prev2[j] = over;
  }
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(n, i + max);
    row[0] = i <= max ? i : over;
    row[lo - 1] = lo === 1 ? row[0] : over;
    let rowMin = row[lo - 1];
    const a = term.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const b = word.charCodeAt(j - 1);
      let v = prev[j - 1] + (a === b ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
      if (i > 1 && j > 1 && a === word.charCodeAt(j - 2) && term.charCodeAt(i - 2) === b && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
      if (v > over) v = over;
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    row[hi + 1] = over;
    if (rowMin > max) return { whole: over, prefix: over };
    [prev2, prev, row] = [prev, row, prev2];
  }
  let prefix = over;
  for (let j = Math.max(0, m - max); j <= Math.min(n, m + max); j++) if (prev[j] < prefix) prefix = prev[j];
  return { whole: wholeReachable && Math.abs(m - n) <= max ? Math.min(prev[n], over) : over, prefix };
}

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Three rows of at least `length` cells, reused (their contents are stale until written). */
function alignmentRows(length: number): [Int32Array, Int32Array, Int32Array] {
  if (rows[0].length < length) rows = [new Int32Array(length), new Int32Array(length), new Int32Array(length)];
  return [rows[0], rows[1], rows[2]];
}

export interface FoundRun {
  slips: number;
  /** [start, end) in the searched text. */
  start: number;
  end: number;
}

/**
 * The best occurrence of `pattern` anywhere in `text` with at most `slips` slips (never more than MAX_SLIPS;
 * Sellers' algorithm with Ukkonen's cut-off: only the rows that can still stay within the budget are computed, so
 * the work is about text length × (slips + 1)). Stops at the first one-slip match: callers look for exact matches
 * with indexOf first.
 */
export function findApproximate(pattern: string, text: string, slips: number): FoundRun | undefined {
  const max = Math.min(slips, MAX_SLIPS);
  if (pattern.length === 0 || max <= 0) return undefined;
  // Where two pieces must agree (pieces of three characters or more), aligning around the places where they do is
  // cheaper than scanning the whole text; shorter patterns are scanned, bit-parallel.
  if (pattern.length <= 31 && agreeingPieces(pattern.length, max) === 1) {
    if (!somePieceOccurs(pattern, text, max)) return undefined;
    // Bit-parallel scan for where a match ends (fast), then the exact alignment in a small window around it.
    const end = bestEnd(pattern, text, max);
    if (end < 0) return undefined;
    const from = Math.max(0, end - pattern.length - max);
    return alignInText(pattern, text, from, end, max);
  }
  let best: FoundRun | undefined;
  for (const [from, to] of candidateWindows(pattern, text, max)) {
    const found = alignInText(pattern, text, from, to, max);
    if (found && (!best || found.slips < best.slips)) best = found;
    if (best && best.slips <= 1) break;
  }
  return best;
}

/**
 * Cut into max + 1 pieces, a match within `max` slips leaves one piece unchanged (each slip spoils at most one;
 * a swap of neighbours across a cut spoils two, which the normaliser's one order for Lao marks makes rare).
 * The native substring search rules out most passages before the scan.
 */
function somePieceOccurs(pattern: string, text: string, max: number): boolean {
  const pieces = max + 1;
  for (let p = 0; p < pieces; p++) {
    const piece = pattern.slice(Math.floor((p * pattern.length) / pieces), Math.floor(((p + 1) * pattern.length) / pieces));
    if (piece && text.includes(piece)) return true;
  }
  return false;
}

/**
 * Where the best match of `pattern` (at most 31 characters) within `max` slips ends in `text`, or -1: Myers'
 * bit-parallel edit distance in search mode (free start), one machine word per text character. It counts a swap
 * of neighbours as two slips; the alignment that follows counts it as one.
 */
function bestEnd(pattern: string, text: string, max: number): number {
  const m = pattern.length;
  // The pattern's character masks in a table indexed by code unit: a typed-array read per text character is
  // several times cheaper than a map look-up, and this loop runs over every character of the passages checked.
  const peq = PATTERN_MASKS;
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] |= 1 << i;
  try {
    return scanBestEnd(peq, m, text, max);
  } finally {
    for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] = 0;
  }
}

/** One mask per UTF-16 code unit, zero except while `bestEnd` scans (it clears what it set). */
const PATTERN_MASKS = new Int32Array(0x10000);

function scanBestEnd(peq: Int32Array, m: number, text: string, max: number): number {
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let bestScore = max + 1;
  let bestAt = -1;
  for (let j = 0; j < text.length; j++) {
    const eq = peq[text.charCodeAt(j)];
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    // A swap of neighbours counts two here: rare in Lao, whose marks the normaliser puts in one order.
    if (score < bestScore) {
      bestScore = score;
      bestAt = j + 1;
      if (score <= 1) break;
    }
  }
  return bestScore <= max ? bestAt : -1;
}

/**
 * The best alignment of `pattern` ending anywhere in text[from, to) (Sellers with Ukkonen's cut-off), within `max`
 * slips. Its six columns are buffers reused by every call: this runs for every window of every passage checked.
 */
function alignInText(pattern: string, text: string, from: number, to: number, max: number): FoundRun | undefined {
  const m = pattern.length;
  const big = max + 1;
  if (columns[0].length <= m) columns = columns.map(() => new Int32Array(2 * (m + 1)));
  let [prev2, prev, col, prev2Start, prevStart, colStart] = columns;
  prev2.fill(big, 0, m + 1);
  prev.fill(big, 0, m + 1);
  col.fill(big, 0, m + 1);
  prev2Start.fill(from, 0, m + 1);
  prevStart.fill(from, 0, m + 1);
  colStart.fill(from, 0, m + 1);
  for (let i = 0; i <= Math.min(m, max); i++) prev[i] = i;
  let top = Math.min(m, max);
  let best: FoundRun | undefined;
  for (let j = 1; j <= to - from; j++) {
    const b = text.charCodeAt(from + j - 1);
    col[0] = 0;
    colStart[0] = from + j;
    const limit = Math.min(m, top + 1);
    for (let i = 1; i <= limit; i++) {
      const a = pattern.charCodeAt(i - 1);
      let v = prev[i - 1] + (a === b ? 0 : 1);
      let s = prevStart[i - 1];
      if (col[i - 1] + 1 < v) {
        v = col[i - 1] + 1;
        s = colStart[i - 1];
      }
      if (i <= top && prev[i] + 1 < v) {
        v = prev[i] + 1;
        s = prevStart[i];
      }
      if (i > 1 && j > 1 && a === text.charCodeAt(from + j - 2) && pattern.charCodeAt(i - 2) === b && prev2[i - 2] + 1 < v) {
        v = prev2[i - 2] + 1;
        s = prev2Start[i - 2];
      }
      col[i] = v > big ? big : v;
      colStart[i] = s;
    }
    for (let i = limit + 1; i <= Math.min(m, top + 1); i++) col[i] = big;
    let newTop = limit;
    while (newTop > 0 && col[newTop] > max) newTop--;
    if (limit === m && col[m] <= max && (!best || col[m] < best.slips)) {
      best = { slips: col[m], start: colStart[m], end: from + j };
      if (best.slips <= 1) return best;
    }
    // Rows above the new top are out of reach; mark them so the next column does not read stale values.
    for (let i = newTop + 1; i <= limit; i++) col[i] = big;
    top = newTop;
    const spare = prev2;
    prev2 = prev;
    prev = col;
    col = spare;
    const spareStart = prev2Start;
    prev2Start = prevStart;
    prevStart = colStart;
    colStart = spareStart;
  }
  return best;
}

/** alignInText's columns (costs and where each alignment starts), grown as needed. */
let columns: Int32Array[] = Array.from({ length: 6 }, () => new Int32Array(64));
