/**
 * ໆ (ko la, U+0EC6) repeats the word before it and must never begin a line. Browsers break Lao with a
 * dictionary that may leave ໆ alone at the start of a line. The text is cut into pieces so that the display can
 * keep each ໆ with the character before it (no break inside that piece), without adding characters to the text:
 * find-in-page, copying and the search still see the words as written.
 */
export function splitAtLaoRepeatMarks(text: string): { text: string; keepTogether: boolean }[] {
  const pieces: { text: string; keepTogether: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(/[^\s]\s?ໆ/gu)) {
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), keepTogether: false });
    pieces.push({ text: match[0], keepTogether: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), keepTogether: false });
  return pieces;
}
