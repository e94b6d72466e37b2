import type { Language } from '../text/languages.ts';
import { latinWords } from './latin-words.ts';
import { foldWithOrigin, type FoldedText } from './normalize.ts';
import { pinyinFolded } from './pinyin-text.ts';
import type { SearchIndex } from './search-index.ts';

/** A piece of original text with the matched parts, as [start, end) offsets into `text`. */
export interface Snippet {
  text: string;
  lang: Language;
  ranges: [number, number][];
  /** The section or unit anchor the snippet comes from, for linking straight to it. */
  anchor?: string;
}

/** What matched in an entry: Latin words (vocabulary ids), a run of its compact text, or all of it. */
export type EntryMark = { kind: 'words'; ids: Set<number> } | { kind: 'range'; start: number; end: number } | { kind: 'all' };

const WINDOW = 140;
const LEAD = 40;

/** Maps compact ranges back to the original string through the fold's origin table. */
function originalRanges(original: string, folded: FoldedText, ranges: [number, number][]): [number, number][] {
  return ranges
    .filter(([start, end]) => end > start && end <= folded.origin.length)
    .map(([start, end]) => {
      const from = folded.origin[start];
      const last = folded.origin[end - 1];
      const lastLength = (original.codePointAt(last) ?? 0) > 0xffff ? 2 : 1;
      return [from, last + lastLength];
    });
}

function merged(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([...range]);
  }
  return out;
}

/** The matched ranges of an entry's original text: only what matched, never fragments of other words. */
function markedRanges(index: SearchIndex, entry: number, doc: number, marks: readonly EntryMark[]): [number, number][] {
  const e = index.entries[entry];
  const ranges: [number, number][] = [];
  const compactRanges: [number, number][] = [];
  for (const mark of marks) {
    if (mark.kind === 'all') ranges.push([0, e.original.length]);
    else if (mark.kind === 'range') compactRanges.push([mark.start, mark.end]);
    else {
      latinWords(e.original).forEach((word, i) => {
        if (mark.ids.has(e.words[i])) ranges.push([word.start, word.end]);
      });
    }
  }
  if (compactRanges.length) {
    const source = index.sources[doc];
    const folded =
      e.field === 'pinyin' || e.field === 'initials' || (e.field === 'field' && !/\p{Script=Han}/u.test(e.compact) && e.original === source.fieldLabels.zh)
        ? pinyinFolded(e.original, e.original === source.titles.zh ? source.titlePinyin : source.fieldPinyin, e.field === 'initials')
        : foldWithOrigin(e.original, true);
    ranges.push(...originalRanges(e.original, folded, compactRanges));
  }
  return merged(ranges);
}

/** The snippet of a hit: a short field whole, or a window of the passage around its first match. */
export function entrySnippet(index: SearchIndex, entry: number, doc: number, passage: number, marks: readonly EntryMark[]): Snippet | undefined {
  const e = index.entries[entry];
  if (!e) return undefined;
  const ranges = markedRanges(index, entry, doc, marks);
  const source = index.sources[doc].passages[passage];
  if (e.field !== 'body') return { text: e.original, lang: source?.lang ?? e.lang, ranges, ...(e.field === 'unit' && source ? { anchor: source.anchor } : {}) };
  if (!source) return undefined;
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, first - LEAD);
  const end = Math.min(e.original.length, start + WINDOW);
  const prefix = start > 0 ? '…' : '';
  const text = prefix + e.original.slice(start, end) + (end < e.original.length ? '…' : '');
  const shifted = ranges
    .filter(([a, b]) => a >= start && b <= end)
    .map(([a, b]): [number, number] => [a - start + prefix.length, b - start + prefix.length]);
  return { text, lang: source.lang, ranges: shifted, anchor: source.anchor };
}
