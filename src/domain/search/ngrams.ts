/**
 * Character n-grams of compact text. Lao and Chinese have no spaces between words, so word tokens would find
 * nothing inside a sentence; character bigrams find a word anywhere and tolerate a typo or two.
 */
export function bigrams(text: string): string[] {
  if (text.length < 2) return text ? [text] : [];
  const grams = new Set<string>();
  for (let i = 0; i < text.length - 1; i++) grams.add(text.slice(i, i + 2));
  return [...grams];
}

/** Unigrams and bigrams: short fields (ids, titles) must answer one-character queries too. */
export function shortGrams(text: string): string[] {
  return [...new Set([...text]), ...bigrams(text)];
}
