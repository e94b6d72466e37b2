import { compactText } from './normalize.ts';

/** A word of Latin letters or digits in a text, folded (case, accents, full width) and where it stands. */
export interface LatinWord {
  word: string;
  start: number;
  end: number;
}

// Latin letters with their accents (precomposed or combining), digits, and full-width forms; the Lao and Chinese
// around them are not words. The combining range is deliberate: a decomposed é stays inside its word.
// eslint-disable-next-line no-misleading-character-class
const LATIN_RUN = /[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+/g;
const JOINER = /^[-‐‑/]$/;
const ASCII_WORD = /^[0-9A-Za-z]+$/;

/**
 * The Latin words of a text in order. Two words joined by a hyphen or slash also count as one word
 * (`e-commerce` is found as `ecommerce` too), listed right after the second part, so the order is the same
 * whenever the same text is read (the index and the highlighter read it separately).
 */
export function latinWords(text: string, compounds = true): LatinWord[] {
  const words: LatinWord[] = [];
  let previous: LatinWord | undefined;
  for (const match of text.matchAll(LATIN_RUN)) {
    // Plain ASCII letters and digits only need their case folded (the common case, and the index reads every word).
    const word = ASCII_WORD.test(match[0]) ? match[0].toLowerCase() : compactText(match[0]);
    if (!word) continue;
    const current = { word, start: match.index, end: match.index + match[0].length };
    words.push(current);
    if (compounds && previous && previous.end + 1 === current.start && JOINER.test(text[previous.end])) {
      words.push({ word: previous.word + word, start: previous.start, end: current.end });
    }
    previous = current;
  }
  return words;
}

/** What a query asks for: Latin words (each matched on its own, in any order) and runs of unspaced script. */
export interface QueryTerms {
  latin: string[];
  /** Lao, Chinese or other unspaced text between the Latin words, compacted. */
  unspaced: string[];
}

const MAX_TERMS = 12;

export function queryTerms(query: string): QueryTerms {
  // Compound forms are for the index; the query keeps the parts the person typed.
  const typed = latinWords(query, false);
  const latin: string[] = [];
  const unspaced: string[] = [];
  let at = 0;
  for (const w of typed) {
    const between = compactText(query.slice(at, w.start));
    if (between) unspaced.push(between);
    latin.push(w.word);
    at = w.end;
  }
  const rest = compactText(query.slice(at));
  if (rest) unspaced.push(rest);
  return { latin: latin.slice(0, MAX_TERMS), unspaced: unspaced.slice(0, MAX_TERMS) };
}
