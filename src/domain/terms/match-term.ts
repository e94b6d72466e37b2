import { foldWithOrigin, normalizeText } from '../search/normalize.ts';
import type { TermLanguage } from './glossary-schema.ts';

/**
 * Finding a term in a text the way search compares them (NFKC, ຫຼ = ຫລ, ໜ = ຫນ, the order of stacked marks, case),
 * without matching a piece of a word: in Lao a match must start and end between syllables, in English between
 * words (a plural -s may follow), in Chinese anywhere (there are no word boundaries to keep).
 */

/** A text folded for matching, with the place in the original of every folded character. */
export interface PreparedText {
  lang: TermLanguage;
  original: string;
  folded: string;
  origin: number[];
  /** Lao: whether a space stood before the folded character (spaces are dropped, since Lao terms may be spaced either way). */
  spaceBefore: boolean[];
}

export function prepareText(text: string, lang: TermLanguage): PreparedText {
  const { text: spaced, origin: spacedOrigin } = foldWithOrigin(lang === 'en' ? text.replace(/[-‐‑]/g, ' ') : text);
  if (lang === 'en') return { lang, original: text, folded: spaced, origin: spacedOrigin, spaceBefore: [] };
  const chars: string[] = [];
  const origin: number[] = [];
  const spaceBefore: boolean[] = [];
  let pending = false;
  for (let i = 0; i < spaced.length; i++) {
    if (spaced[i] === ' ') {
      pending = true;
      continue;
    }
    chars.push(spaced[i]);
    origin.push(spacedOrigin[i]);
    spaceBefore.push(pending);
    pending = false;
  }
  return { lang, original: text, folded: chars.join(''), origin, spaceBefore };
}

/** A term folded as a prepared text of its language is. */
export function foldTerm(term: string, lang: TermLanguage): string {
  return lang === 'en' ? normalizeText(term.replace(/[-‐‑]/g, ' ')) : normalizeText(term).replace(/ /g, '');
}

export interface TermMatch {
  start: number;
  end: number;
  /** The matched text as written in the original. */
  text: string;
}

/** Every place where the folded term stands in the text as whole syllables (Lao) or words (English). */
export function findTerm(text: PreparedText, foldedTerm: string): TermMatch[] {
  const matches: TermMatch[] = [];
  if (!foldedTerm) return matches;
  for (let at = text.folded.indexOf(foldedTerm); at >= 0; at = text.folded.indexOf(foldedTerm, at + 1)) {
    let end = at + foldedTerm.length;
    if (text.lang === 'lo' && !(laoBoundary(text, at) && laoBoundary(text, end))) continue;
    if (text.lang === 'en') {
      const suffix = /^(es|s)?(?![a-z0-9])/.exec(text.folded.slice(end))?.[0];
      if (suffix === undefined || /[a-z0-9]/.test(text.folded[at - 1] ?? '')) continue;
      end += suffix.length;
    }
    const from = text.origin[at];
    const to = end < text.origin.length ? text.origin[end] : text.original.length;
    matches.push({ start: from, end: to, text: text.original.slice(from, to).trim() });
  }
  return matches;
}

export const containsTerm = (text: PreparedText, foldedTerm: string): boolean => findTerm(text, foldedTerm).length > 0;

const isLao = (c: string | undefined) => c !== undefined && c >= '\u0E80' && c <= '\u0EFF';
const isConsonant = (c: string | undefined) => c !== undefined && c >= '\u0E81' && c <= '\u0EAE';
/** Vowel signs above and below, ຼ, tone marks, ໍ and the cancellation mark: they belong to the consonant before. */
const isMark = (c: string | undefined) => c !== undefined && (c === '\u0EB1' || (c >= '\u0EB4' && c <= '\u0EBC') || (c >= '\u0EC8' && c <= '\u0ECD'));
/** ະ າ ຳ and ໆ follow their syllable's consonant. */
const isFollowing = (c: string | undefined) => c === '\u0EB0' || c === '\u0EB2' || c === '\u0EB3' || c === '\u0EC6';
/** ເ ແ ໂ ໃ ໄ are written before the consonant they are read after. */
const isLeading = (c: string | undefined) => c !== undefined && c >= '\u0EC0' && c <= '\u0EC4';
/** The only consonants that close a Lao syllable. */
const FINALS = 'ກງດນບມຍວ';
/** ຫ before these is one cluster (ຫນ, ຫມ, ຫລ: older spellings of ໜ, ໝ, ຫຼ). */
const AFTER_HO = 'ງຍນມລວ';

/** Whether a consonant carries its own vowel, i.e. starts a syllable rather than closes one. */
function carriesVowel(s: string, p: number): boolean {
  const next = s[p + 1];
  return isMark(next) || isFollowing(next) || (s[p] === 'ຫ' && AFTER_HO.includes(next ?? ''));
}

/**
 * Whether a match may start or end before folded position p: between syllables, not inside a cluster, not
 * between a consonant and its vowel or tone, not before a consonant that closes the syllable before it.
 */
function laoBoundary(text: PreparedText, p: number): boolean {
  const s = text.folded;
  if (p <= 0 || p >= s.length || text.spaceBefore[p]) return true;
  const before = s[p - 1];
  const here = s[p];
  if (!isLao(before) || !isLao(here)) return true;
  if (isMark(here) || isFollowing(here) || isLeading(before)) return false;
  if (before === 'ຫ' && AFTER_HO.includes(here)) return false;
  // After a consonant that cannot close a syllable, ວ ລ ອ are its medial or its vowel (ຄວາມ, ປລາ, ຄອມ).
  // A consonant after a leading vowel already has its vowel (ເຟ|ລາວ), so this does not apply to it;
  // ອ after a vowel or tone mark is part of a vowel (ເພື່ອ), not a bare consonant.
  const bare = !isLeading(s[p - 2]) && !(before === 'ອ' && isMark(s[p - 2]));
  if (isConsonant(before) && !FINALS.includes(before) && bare && 'ວລອ'.includes(here)) return false;
  if (isConsonant(here) && FINALS.includes(here) && !carriesVowel(s, p)) {
    // A final consonant closes the syllable before it when what follows starts a new one.
    const next = s[p + 1];
    if (next === undefined || text.spaceBefore[p + 1] || !isLao(next) || isLeading(next)) return false;
    // …unless it is the first of a cluster with ລ (ບລັອກ, ປລັກ, ເຟລດ), which starts a syllable.
    if (isConsonant(next) && next !== 'ລ' && carriesVowel(s, p + 1)) return false;
  }
  return true;
}
