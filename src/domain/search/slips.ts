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

/** Where `pattern` may occur in `text` within `max` slips: windows around an unchanged piece, merged. */
function candidateWindows(pattern: string, text: string, max: number): [number, number][] {
  // Cut into max + 1 pieces, one must occur unchanged: each slip spoils at most one piece. (A swap of two
  // neighbours across a cut spoils two; Lao marks are put in one order by the normaliser, so such swaps are rare.)
  const pieces = max + 1;
  const windows: [number, number][] = [];
  for (let p = 0; p < pieces && windows.length < MAX_WINDOWS; p++) {
    const from = Math.floor((p * pattern.length) / pieces);
    const piece = pattern.slice(from, Math.floor(((p + 1) * pattern.length) / pieces));
    if (!piece) continue;
    for (let at = text.indexOf(piece); at >= 0 && windows.length < MAX_WINDOWS; at = text.indexOf(piece, at + 1)) {
      windows.push([Math.max(0, at - from - max), Math.min(text.length, at - from + pattern.length + max)]);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push(w);
  }
  return merged;
}

const MAX_WINDOWS = 64;

export interface WordAlignment {
  /** Slips between the term and the whole word. */
  whole: number;
  /** Slips between the term and the word's best prefix (the term typed so far). */
  prefix: number;
}

/** Distances of `term` to `word` and to `word`'s best prefix, each capped at `max + 1`. */
export function alignWord(term: string, word: string, max: number): WordAlignment {
  const m = term.length;
  const n = word.length;
  const over = max + 1;
  if (m - n > max) return { whole: over, prefix: over };
  let prev2 = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    let rowMin = i;
    const a = term.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const b = word.charCodeAt(j - 1);
      let v = prev[j - 1] + (a === b ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
      if (i > 1 && j > 1 && a === word.charCodeAt(j - 2) && term.charCodeAt(i - 2) === b && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return { whole: over, prefix: over };
    [prev2, prev, row] = [prev, row, prev2];
  }
  let prefix = over;
  for (let j = 0; j <= n; j++) if (prev[j] < prefix) prefix = prev[j];
  return { whole: Math.min(prev[n], over), prefix };
}

export interface FoundRun {
  slips: number;
  /** [start, end) in the searched text. */
  start: number;
  end: number;
}

/**
 * The best occurrence of `pattern` anywhere in `text` with at most `max` slips (Sellers' algorithm with
 * Ukkonen's cut-off: only the rows that can still stay within `max` are computed, so the work is about
 * text length × (max + 1)). Stops at the first one-slip match: callers look for exact matches with indexOf first.
 */
export function findApproximate(pattern: string, text: string, max: number): FoundRun | undefined {
  if (pattern.length === 0 || max <= 0) return undefined;
  if (pattern.length <= 31) {
    // Bit-parallel scan for where a match ends (fast), then the exact alignment in a small window around it.
    const end = bestEnd(pattern, text, max);
    if (end < 0) return undefined;
    const from = Math.max(0, end - pattern.length - max);
    const found = alignInText(pattern, text.slice(from, end), max);
    return found && { slips: found.slips, start: found.start + from, end: found.end + from };
  }
  let best: FoundRun | undefined;
  for (const [from, to] of candidateWindows(pattern, text, max)) {
    const found = alignInText(pattern, text.slice(from, to), max);
    if (found && (!best || found.slips < best.slips)) best = { slips: found.slips, start: found.start + from, end: found.end + from };
    if (best && best.slips <= 1) break;
  }
  return best;
}

/**
 * Where the best match of `pattern` (at most 31 characters) within `max` slips ends in `text`, or -1: Myers'
 * bit-parallel edit distance in search mode (free start), one machine word per text character. It counts a swap
 * of neighbours as two slips; the alignment that follows counts it as one.
 */
function bestEnd(pattern: string, text: string, max: number): number {
  const m = pattern.length;
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    peq.set(c, (peq.get(c) ?? 0) | (1 << i));
  }
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let bestScore = max + 1;
  let bestAt = -1;
  for (let j = 0; j < text.length; j++) {
    const eq = peq.get(text.charCodeAt(j)) ?? 0;
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

function alignInText(pattern: string, text: string, max: number): FoundRun | undefined {
  const m = pattern.length;
  const big = max + 1;
  let prev2 = new Int32Array(m + 1).fill(big);
  let prev = new Int32Array(m + 1).fill(big);
  let col = new Int32Array(m + 1).fill(big);
  let prev2Start = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let colStart = new Int32Array(m + 1);
  for (let i = 0; i <= Math.min(m, max); i++) prev[i] = i;
  let top = Math.min(m, max);
  let best: FoundRun | undefined;
  for (let j = 1; j <= text.length; j++) {
    const b = text.charCodeAt(j - 1);
    col[0] = 0;
    colStart[0] = j;
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
      if (i > 1 && j > 1 && a === text.charCodeAt(j - 2) && pattern.charCodeAt(i - 2) === b && prev2[i - 2] + 1 < v) {
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
      best = { slips: col[m], start: colStart[m], end: j };
      if (best.slips <= 1) return best;
    }
    // Rows above the new top are out of reach; mark them so the next column does not read stale values.
    for (let i = newTop + 1; i <= limit; i++) col[i] = big;
    top = newTop;
    [prev2, prev, col] = [prev, col, prev2];
    [prev2Start, prevStart, colStart] = [prevStart, colStart, prev2Start];
  }
  return best;
}
