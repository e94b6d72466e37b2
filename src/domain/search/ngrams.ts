/**
 * Character n-grams of compact text, as numeric keys (cheaper to hash than two-character strings).
 * Lao and Chinese have no spaces between words, so word tokens would find nothing inside a sentence; character
 * bigrams find a word anywhere and tolerate a typo or two.
 */
const unigramKey = (code: number) => code;
const bigramKey = (a: number, b: number) => (a + 1) * 0x10000 + b;

/** Calls `visit` for each bigram of `text` (and for its single character when it has only one). */
export function forEachBigram(text: string, visit: (key: number) => void): void {
  if (text.length === 1) visit(unigramKey(text.charCodeAt(0)));
  for (let i = 0; i + 1 < text.length; i++) visit(bigramKey(text.charCodeAt(i), text.charCodeAt(i + 1)));
}

/** Unigrams and bigrams: short fields (ids, titles) must answer one-character queries too. */
export function forEachShortGram(text: string, visit: (key: number) => void): void {
  for (let i = 0; i < text.length; i++) visit(unigramKey(text.charCodeAt(i)));
  for (let i = 0; i + 1 < text.length; i++) visit(bigramKey(text.charCodeAt(i), text.charCodeAt(i + 1)));
}

/** The distinct bigram keys of a query (its single character when it has only one). */
export function bigramKeys(text: string): number[] {
  const keys = new Set<number>();
  forEachBigram(text, (key) => keys.add(key));
  return [...keys];
}

/** The distinct bigrams of a text as strings, for locating them in a passage. */
export function bigrams(text: string): string[] {
  if (text.length < 2) return text ? [text] : [];
  const grams = new Set<string>();
  for (let i = 0; i < text.length - 1; i++) grams.add(text.slice(i, i + 2));
  return [...grams];
}
