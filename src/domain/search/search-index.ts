import type { Language } from '../languages.ts';
import { forEachBigram, forEachShortGram } from './ngrams.ts';
import { compactText, foldWithOrigin, type FoldedText } from './normalize.ts';
import type { SearchSource } from './search-source.ts';

/** Where a match was found, from strongest to weakest: ranking puts ids and titles above body text. */
export type MatchField = 'id' | 'title' | 'pinyin' | 'initials' | 'field';

/** A short field of a record (id, title, pinyin, field name), folded for matching. */
export interface ShortField {
  doc: number;
  field: MatchField;
  lang: Language;
  /** The text shown for this field (for pinyin: the Chinese title it spells). */
  original: string;
  folded: FoldedText;
}

export interface SearchIndex {
  sources: SearchSource[];
  shortFields: ShortField[];
  /** gram key → indexes into shortFields, ascending */
  shortPostings: Map<number, number[]>;
  /** gram key → indexes into sources (each record once), ascending */
  bodyPostings: Map<number, number[]>;
  /** Each record's passages folded and joined, for verifying a candidate without re-folding it. */
  bodies: string[];
  idToDoc: Map<string, number>;
  /** Every Chinese character in the catalogue: a query character outside it may be traditional. */
  hanCharacters: Set<string>;
}

const HAN = /\p{Script=Han}/u;
const PASSAGE_SEPARATOR = '\u0000';

function pinyinFolded(title: string, syllables: string[], initialsOnly: boolean): FoldedText {
  const chars: string[] = [];
  const origin: number[] = [];
  let at = 0;
  [...title].forEach((char, i) => {
    const syllable = HAN.test(char) ? (syllables[i] ?? '').toLowerCase() : '';
    const part = initialsOnly ? syllable.slice(0, 1) : syllable;
    for (const letter of part) {
      chars.push(letter);
      origin.push(at);
    }
    at += char.length;
  });
  return { text: chars.join(''), origin };
}

/** Adds `value` to a gram's list; values arrive in ascending order, so a repeat is always the last entry. */
function post(postings: Map<number, number[]>, gram: number, value: number) {
  const list = postings.get(gram);
  if (!list) postings.set(gram, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** Builds the index once; searching then touches only the postings of the query's grams. */
export function buildSearchIndex(sources: readonly SearchSource[]): SearchIndex {
  const shortFields: ShortField[] = [];
  const shortPostings = new Map<number, number[]>();
  const bodyPostings = new Map<number, number[]>();
  const bodies: string[] = [];
  const idToDoc = new Map<string, number>();
  const hanCharacters = new Set<string>();

  sources.forEach((source, doc) => {
    idToDoc.set(source.id, doc);
    const add = (field: MatchField, lang: Language, original: string, folded: FoldedText) => {
      if (!folded.text) return;
      const index = shortFields.push({ doc, field, lang, original, folded }) - 1;
      forEachShortGram(folded.text, (gram) => post(shortPostings, gram, index));
    };
    add('id', 'en', source.id, foldWithOrigin(source.id, true));
    for (const [lang, title] of Object.entries(source.titles) as [Language, string][]) add('title', lang, title, foldWithOrigin(title, true));
    const zhTitle = source.titles.zh ?? '';
    add('pinyin', 'zh', zhTitle, pinyinFolded(zhTitle, source.titlePinyin, false));
    add('initials', 'zh', zhTitle, pinyinFolded(zhTitle, source.titlePinyin, true));
    for (const [lang, label] of Object.entries(source.fieldLabels) as [Language, string][]) add('field', lang, label, foldWithOrigin(label, true));
    add('field', 'zh', source.fieldLabels.zh, pinyinFolded(source.fieldLabels.zh, source.fieldPinyin, false));

    const passages = source.passages.map((p) => compactText(p.text));
    for (const passage of passages) forEachBigram(passage, (gram) => post(bodyPostings, gram, doc));
    bodies.push(passages.join(PASSAGE_SEPARATOR));
    for (const char of zhTitle + source.passages.filter((p) => p.lang === 'zh').map((p) => p.text).join('')) {
      if (HAN.test(char)) hanCharacters.add(char);
    }
  });
  return { sources: [...sources], shortFields, shortPostings, bodyPostings, bodies, idToDoc, hanCharacters };
}

/** True when a query holds Chinese characters the catalogue never uses: likely traditional forms. */
export function needsSimplifiedVariant(index: SearchIndex, query: string): boolean {
  for (const char of query) if (HAN.test(char) && !index.hanCharacters.has(char)) return true;
  return false;
}
