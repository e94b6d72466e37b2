import type { FoldedText } from './normalize.ts';

const HAN = /\p{Script=Han}/u;

/**
 * A Chinese text spelled in pinyin letters (or initials only), with where each letter came from, so a pinyin
 * match can be highlighted on the characters it spells. `syllables` has one entry per character of `text`.
 */
export function pinyinFolded(text: string, syllables: readonly string[], initialsOnly: boolean): FoldedText {
  const chars: string[] = [];
  const origin: number[] = [];
  let at = 0;
  [...text].forEach((char, i) => {
    const syllable = HAN.test(char) ? (syllables[i] ?? '').toLowerCase() : '';
    for (const letter of initialsOnly ? syllable.slice(0, 1) : syllable) {
      chars.push(letter);
      origin.push(at);
    }
    at += char.length;
  });
  return { text: chars.join(''), origin };
}

export const pinyinLetters = (text: string, syllables: readonly string[], initialsOnly: boolean): string =>
  pinyinFolded(text, syllables, initialsOnly).text;
