const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The first `max` user-perceived characters of a text, with "…" when it was longer. Cutting by UTF-16 units
 * would split an emoji's surrogate pair or part a Lao consonant from its stacked vowel and tone marks.
 */
export function shorten(text: string, max: number): string {
  const kept: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length === max) return `${kept.join('')}…`;
    kept.push(segment);
  }
  return text;
}

/** Like `shorten`, without the ellipsis: for a query cut to the length a matcher accepts. */
export const firstGraphemes = (text: string, max: number): string => {
  const short = shorten(text, max);
  return short === text ? text : short.slice(0, -1);
};
