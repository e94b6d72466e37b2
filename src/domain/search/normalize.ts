/**
 * Search normalisation, shared by the index and the query so both fold the same way.
 *
 * Lao pitfalls handled here (see tests/domain/search/normalize.test.ts):
 * - NFKC turns the ligatures ໜ/ໝ into ຫນ/ຫມ and ຳ into ໍ + າ;
 * - ຼ (U+0EBC, subscript lo) is written ລ, so ຫຼ = ຫລ; old-orthography ຣ is read as ລ too;
 * - a run of combining marks is put in one order (vowel signs, then tone marks, then the cancellation mark),
 *   because typists enter ນໍ້າ and ນ້ໍາ alike and Unicode gives ໍ combining class 0, so NFKC never reorders it;
 * - only Latin letters lose their accents: stripping all combining marks (fuse's ignoreDiacritics) would delete
 *   Lao vowels and tones and make ຂ່າວ (news) equal ຂາວ (white).
 */

/**
 * Characters that may change under NFKC, applied one character at a time. ASCII, the Lao block (but ຳ, ໜ and ໝ,
 * which decompose) and the CJK unified ideographs are already in normal form and make up nearly all our text,
 * so skipping them keeps indexing fast without changing the result.
 */
// The ranges deliberately span Lao combining marks, one code point at a time: not a misleading class.
// eslint-disable-next-line no-misleading-character-class
const NEEDS_NFKC = /[^\p{ASCII}\u0E80-\u0EB2\u0EB4-\u0EDB\u0EDE-\u0EFF\u4E00-\u9FFF]/gu;
// eslint-disable-next-line no-misleading-character-class
const NEEDS_NFKC_ONE = /[^\p{ASCII}\u0E80-\u0EB2\u0EB4-\u0EDB\u0EDE-\u0EFF\u4E00-\u9FFF]/u;
const ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const LAO_DIGIT_ZERO = 0x0ed0;
const THAI_DIGIT_ZERO = 0x0e50;
const LATIN_COMBINING = /[\u0300-\u036F]/g;
const IS_LATIN_COMBINING = /^[\u0300-\u036F]$/;
const LATIN_WITH_ACCENT = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const SPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** Rank of a Lao combining mark in the canonical order; 0 for anything that is not one. */
function laoMarkRank(char: string): number {
  const code = char.charCodeAt(0);
  if (code === 0x0eb1 || (code >= 0x0eb4 && code <= 0x0ebc) || code === 0x0ecd) return 1; // vowel signs, ໍ
  if (code >= 0x0ec8 && code <= 0x0ecb) return 2; // tone marks ່ ້ ໊ ໋
  if (code === 0x0ecc) return 3; // ໌ cancellation mark
  return 0;
}

function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= LAO_DIGIT_ZERO && code <= LAO_DIGIT_ZERO + 9) return String(code - LAO_DIGIT_ZERO);
  if (code >= THAI_DIGIT_ZERO && code <= THAI_DIGIT_ZERO + 9) return String(code - THAI_DIGIT_ZERO);
  if (code === 0x0ebc || code === 0x0ea3) return 'ລ';
  if (LATIN_WITH_ACCENT.test(char)) return char.normalize('NFD').replace(LATIN_COMBINING, '').toLowerCase();
  // Final sigma folds to sigma, as Unicode case folding does, whether or not a word boundary follows.
  return char === 'Σ' || char === 'ς' ? 'σ' : char.toLowerCase();
}

export interface FoldedText {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original string of the character it came from. */
  origin: number[];
}

/**
 * Normalises `input` and remembers where each output character came from, so a match found in the normalised
 * text can be highlighted at the right characters of the original. With `compact`, spaces and punctuation are
 * dropped too: Lao and Chinese do not separate words, and "LCS 03", "lcs-03" and "LCS03" should meet.
 */
export function foldWithOrigin(input: string, compact = false): FoldedText {
  const chars: string[] = [];
  const origin: number[] = [];
  let pendingSpace = false;
  let index = 0;
  for (const original of input) {
    const at = index;
    index += original.length;
    for (const nfkc of NEEDS_NFKC_ONE.test(original) ? original.normalize('NFKC') : original) {
      if (ZERO_WIDTH.test(nfkc) || IS_LATIN_COMBINING.test(nfkc)) continue;
      if (SPACE.test(nfkc) || (compact && PUNCTUATION.test(nfkc))) {
        if (!compact && chars.length > 0) pendingSpace = true;
        continue;
      }
      if (pendingSpace) {
        chars.push(' ');
        origin.push(at);
        pendingSpace = false;
      }
      for (const folded of foldChar(nfkc)) {
        chars.push(folded);
        origin.push(at);
      }
    }
  }
  orderLaoMarks(chars, origin);
  return { text: chars.join(''), origin };
}

/** The normalisation of the issue: NFKC, Lao folding, Latin accents, case, collapsed spaces. */
export function normalizeText(input: string): string {
  return foldWithOrigin(input).text;
}

const ZERO_WIDTH_ALL = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const DIGITS_ALL = /[\u0ED0-\u0ED9\u0E50-\u0E59]/g;
const LATIN_WITH_ACCENT_ALL = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
const LAO_MARK_RUN = /[\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECD]{2,}/g;
const SPACE_OR_PUNCTUATION_ALL = /[\s\p{P}\p{S}]/gu;

/**
 * Normalised and without spaces or punctuation: the form that indexing and matching use. The same folding as
 * `foldWithOrigin(input, true).text`, done with whole-string operations because indexing folds every passage
 * (tests/search/normalize.test.ts holds the two to the same output).
 */
export function compactText(input: string): string {
  return input
    .replace(NEEDS_NFKC, (c) => c.normalize('NFKC'))
    .replace(ZERO_WIDTH_ALL, '')
    .replace(/[\u0300-\u036F]/g, '')
    .replace(DIGITS_ALL, (d) => String(d.charCodeAt(0) - (d.charCodeAt(0) >= LAO_DIGIT_ZERO ? LAO_DIGIT_ZERO : THAI_DIGIT_ZERO)))
    .replace(/[\u0EBC\u0EA3]/g, 'ລ')
    .replace(LATIN_WITH_ACCENT_ALL, (c) => c.normalize('NFD').replace(LATIN_COMBINING, ''))
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(SPACE_OR_PUNCTUATION_ALL, '')
    .replace(LAO_MARK_RUN, (run) =>
      [...run]
        .map((char, i) => ({ char, i }))
        .sort((a, b) => laoMarkRank(a.char) - laoMarkRank(b.char) || a.i - b.i)
        .map((m) => m.char)
        .join(''),
    );
}

/** Stable sort of each run of Lao combining marks by rank, moving the origins along. */
function orderLaoMarks(chars: string[], origin: number[]): void {
  let start = 0;
  while (start < chars.length) {
    if (laoMarkRank(chars[start]) === 0) {
      start++;
      continue;
    }
    let end = start;
    while (end < chars.length && laoMarkRank(chars[end]) > 0) end++;
    if (end - start > 1) {
      const run = chars.slice(start, end).map((char, i) => ({ char, from: origin[start + i], i }));
      run.sort((a, b) => laoMarkRank(a.char) - laoMarkRank(b.char) || a.i - b.i);
      run.forEach((mark, i) => {
        chars[start + i] = mark.char;
        origin[start + i] = mark.from;
      });
    }
    start = end;
  }
}

/**
 * Text typed with a Thai keyboard layout arrives as Thai code points; the Lao block was laid out in parallel
 * with the Thai one (ก U+0E01 ↔ ກ U+0E81), so shifting by 0x80 recovers the Lao the typist meant.
 */
export function shiftThaiToLao(input: string): string {
  return input.replace(/[\u0E01-\u0E5B]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x80));
}

export const hasThai = (input: string): boolean => /[\u0E01-\u0E5B]/.test(input);
