import type { Language } from '../languages.ts';
import { bigrams } from './ngrams.ts';
import { foldWithOrigin, type FoldedText } from './normalize.ts';
import type { ShortField } from './search-index.ts';
import type { SearchSource } from './search-source.ts';

/** A piece of original text with the matched parts, as [start, end) offsets into `text`. */
export interface Snippet {
  text: string;
  lang: Language;
  ranges: [number, number][];
  /** The section or unit anchor the snippet comes from, for linking straight to it. */
  anchor?: string;
}

const WINDOW = 140;
const LEAD = 40;

/** Ranges in the folded text: the whole query if present, else each of its bigrams that occurs. */
function foldedRanges(folded: string, query: string): [number, number][] {
  if (!query) return [];
  const whole = folded.indexOf(query);
  if (whole >= 0) return [[whole, whole + query.length]];
  const ranges: [number, number][] = [];
  for (const gram of bigrams(query)) {
    let at = folded.indexOf(gram);
    while (at >= 0) {
      ranges.push([at, at + gram.length]);
      at = folded.indexOf(gram, at + 1);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Maps folded ranges back to the original string through the fold's origin table. */
function originalRanges(original: string, folded: FoldedText, ranges: [number, number][]): [number, number][] {
  return ranges.map(([start, end]) => {
    const from = folded.origin[start];
    const last = folded.origin[end - 1];
    const lastLength = (original.codePointAt(last) ?? 0) > 0xffff ? 2 : 1;
    return [from, last + lastLength];
  });
}

export function shortFieldSnippet(field: ShortField, query: string): Snippet {
  return { text: field.original, lang: field.lang, ranges: originalRanges(field.original, field.folded, foldedRanges(field.folded.text, query)) };
}

/** The passage that best matches, cut to a window around the first match. */
export function passageSnippet(source: SearchSource, body: string, query: string): Snippet | undefined {
  const compactPassages = body.split('\u0000');
  let bestIndex = -1;
  let bestScore = 0;
  const grams = bigrams(query);
  compactPassages.forEach((passage, i) => {
    const score = passage.includes(query) ? grams.length + 1 : grams.filter((g) => passage.includes(g)).length;
    if (score > bestScore) {
      bestScore = score;
      bestIndex = i;
    }
  });
  const passage = source.passages[bestIndex];
  if (!passage) return undefined;
  const folded = foldWithOrigin(passage.text, true);
  const ranges = originalRanges(passage.text, folded, foldedRanges(folded.text, query));
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, first - LEAD);
  const end = Math.min(passage.text.length, start + WINDOW);
  const prefix = start > 0 ? '…' : '';
  const text = prefix + passage.text.slice(start, end) + (end < passage.text.length ? '…' : '');
  const shifted = ranges
    .filter(([a, b]) => a >= start && b <= end)
    .map(([a, b]): [number, number] => [a - start + prefix.length, b - start + prefix.length]);
  return { text, lang: passage.lang, ranges: shifted, anchor: passage.anchor };
}
