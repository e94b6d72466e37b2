import { isEntryAnchor } from '../record/text-shape.ts';
import type { Language } from '../text/languages.ts';
import { latinWords } from './latin-words.ts';
import { compactText } from './normalize.ts';
import { pinyinLetters } from './pinyin-text.ts';
import type { SearchSource } from './search-source.ts';

/** Where a match was found. Ranking puts ids, titles and unit titles above field names, and those above body text. */
export type MatchField = 'id' | 'title' | 'pinyin' | 'initials' | 'unit' | 'field' | 'body';

/**
 * One text the search looks into: a short field of a record (id, title, pinyin, unit title, field name) or a
 * passage of body text. A text is stored once however many records share it (a field name, a passage), with the
 * list of places it occurs.
 */
export interface SearchEntry {
  field: MatchField;
  /** The text as written (for pinyin: the Chinese title it spells), for snippets. */
  original: string;
  /** compactText of the original (for pinyin and initials: their letters); unspaced scripts are matched here. */
  compact: string;
  /** Vocabulary ids of the Latin words of the original, in the order latinWords reads them. */
  words: Int32Array;
  lang: Language;
  /** Where the text occurs: pairs of record and passage index (-1 for a field that is not a passage), flattened. */
  refs: number[];
}

export interface SearchIndex {
  sources: SearchSource[];
  entries: SearchEntry[];
  /** Every distinct Latin word; `vocabularyOrder` lists their ids in code-unit order for prefix look-ups. */
  vocabulary: string[];
  vocabularyOrder: Int32Array;
  /** Bigram of a vocabulary word → ids of the words holding it, for finding words within a few slips. */
  vocabularyGrams: Map<number, Int32Array>;
  /** Vocabulary id → entries holding the word, ascending. */
  wordPostings: Int32Array[];
  /** Unigram/bigram of unspaced script (Lao, Chinese…) → entries holding it, ascending. */
  scriptPostings: Map<number, Int32Array>;
  /** Unigram/bigram of pinyin or initials letters → pinyin entries, ascending. */
  pinyinPostings: Map<number, Int32Array>;
  idToDoc: Map<string, number>;
  /** Pinyin of every Chinese character of the titles and field names, from the build-time pinyin. */
  hanPinyin: Map<string, string>;
  /** Every Chinese character in the catalogue: a query character outside it may be traditional. */
  hanCharacters: Set<string>;
}

const HAN = /\p{Script=Han}/u;
const unigramKey = (code: number) => code;
const bigramKey = (a: number, b: number) => (a + 1) * 0x10000 + b;
const isLatin = (code: number) => code < 0x80;

/** Unigrams and bigrams of `text`, Latin characters (matched as words) left out unless `all`. */
export function forEachGram(text: string, all: boolean, visit: (key: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const a = text.charCodeAt(i);
    if (!all && isLatin(a)) continue;
    visit(unigramKey(a));
    if (i + 1 < text.length) {
      const b = text.charCodeAt(i + 1);
      if (all || !isLatin(b)) visit(bigramKey(a, b));
    }
  }
}

/** Distinct bigram keys of a term (its unigram when it has one character). */
export function termGrams(term: string): number[] {
  const keys = new Set<number>();
  if (term.length === 1) keys.add(unigramKey(term.charCodeAt(0)));
  for (let i = 0; i + 1 < term.length; i++) keys.add(bigramKey(term.charCodeAt(i), term.charCodeAt(i + 1)));
  return [...keys];
}

/** Where Postings.addGrams gathers a text's grams; grown as needed. */
let gramBuffer = new Float64Array(4096);

class Postings {
  lists = new Map<number, number[]>();
  /** Values arrive in ascending order, so a repeat is always the last entry. */
  add(key: number, value: number) {
    const list = this.lists.get(key);
    if (!list) this.lists.set(key, [value]);
    else if (list[list.length - 1] !== value) list.push(value);
  }
  /**
   * Adds `value` under every gram of `text`. A passage repeats its grams many times: they are gathered and sorted
   * first (numbers in a reused typed array), so each distinct gram costs one map look-up.
   */
  addGrams(text: string, all: boolean, value: number) {
    let count = 0;
    forEachGram(text, all, (key) => {
      if (count === gramBuffer.length) {
        const grown = new Float64Array(count * 2);
        grown.set(gramBuffer);
        gramBuffer = grown;
      }
      gramBuffer[count++] = key;
    });
    const grams = gramBuffer.subarray(0, count).sort();
    for (let i = 0; i < count; i++) if (i === 0 || grams[i] !== grams[i - 1]) this.add(grams[i], value);
  }
  /** Typed arrays take a quarter of the memory of arrays of numbers once building is over. */
  freeze(): Map<number, Int32Array> {
    const frozen = new Map<number, Int32Array>();
    for (const [key, list] of this.lists) frozen.set(key, Int32Array.from(list));
    return frozen;
  }
}

/** Builds the index once; a search then reads only the postings of its words and grams. */
export function buildSearchIndex(sources: readonly SearchSource[]): SearchIndex {
  const entries: SearchEntry[] = [];
  const vocabulary: string[] = [];
  const vocabularyIds = new Map<string, number>();
  const wordLists: number[][] = [];
  const scriptPostings = new Postings();
  const pinyinPostings = new Postings();
  const sharedEntry = new Map<string, Map<string, number>>();
  const idToDoc = new Map<string, number>();
  const hanPinyin = new Map<string, string>();
  const hanCharacters = new Set<string>();

  const wordIds = (original: string, entry: number): Int32Array => {
    const words = latinWords(original);
    const ids = new Int32Array(words.length);
    words.forEach(({ word }, i) => {
      let id = vocabularyIds.get(word);
      if (id === undefined) {
        id = vocabulary.push(word) - 1;
        vocabularyIds.set(word, id);
        wordLists.push([]);
      }
      ids[i] = id;
      const list = wordLists[id];
      if (list[list.length - 1] !== entry) list.push(entry);
    });
    return ids;
  };
  const add = (doc: number, passage: number, field: MatchField, lang: Language, original: string, pinyin?: string) => {
    const isPinyin = pinyin !== undefined;
    // Texts shared by records are found by their own string (whose hash the engine keeps), one map per kind.
    let sameKind: Map<string, number> | undefined;
    if (field === 'field' || field === 'unit' || field === 'body') {
      const kind = `${field} ${lang}${isPinyin ? ' pinyin' : ''}`;
      sameKind = sharedEntry.get(kind);
      if (!sameKind) sharedEntry.set(kind, (sameKind = new Map()));
      const shared = sameKind.get(original);
      if (shared !== undefined) {
        entries[shared].refs.push(doc, passage);
        return;
      }
    }
    const entry = entries.length;
    const compact = isPinyin ? pinyin : compactText(original);
    if (!compact) return;
    sameKind?.set(original, entry);
    entries.push({ field, original, compact, words: isPinyin ? new Int32Array(0) : wordIds(original, entry), lang, refs: [doc, passage] });
    if (isPinyin) pinyinPostings.addGrams(compact, true, entry);
    else scriptPostings.addGrams(compact, false, entry);
    // Every Chinese character in the catalogue, read once per distinct text.
    if (lang === 'zh' && (field === 'title' || field === 'body')) for (const char of original) if (HAN.test(char)) hanCharacters.add(char);
  };

  sources.forEach((source, doc) => {
    idToDoc.set(source.id, doc);
    add(doc, -1, 'id', 'en', source.id);
    for (const [lang, title] of Object.entries(source.titles) as [Language, string][]) add(doc, -1, 'title', lang, title);
    const zhTitle = source.titles.zh ?? '';
    add(doc, -1, 'pinyin', 'zh', zhTitle, pinyinLetters(zhTitle, source.titlePinyin, false));
    add(doc, -1, 'initials', 'zh', zhTitle, pinyinLetters(zhTitle, source.titlePinyin, true));
    for (const [lang, label] of Object.entries(source.fieldLabels) as [Language, string][]) add(doc, -1, 'field', lang, label);
    add(doc, -1, 'field', 'zh', source.fieldLabels.zh, pinyinLetters(source.fieldLabels.zh, source.fieldPinyin, false));
    source.passages.forEach((passage, i) => {
      // An entry passage (a unit, an inspection item) reads "title · requirements": its title is also a short
      // field, ranked with the titles.
      if (isEntryAnchor(passage.anchor)) add(doc, i, 'unit', passage.lang, passage.text.split(' · ')[0]);
      add(doc, i, 'body', passage.lang, passage.text);
    });
    [...zhTitle].forEach((char, i) => HAN.test(char) && source.titlePinyin[i] && hanPinyin.set(char, source.titlePinyin[i].toLowerCase()));
    [...source.fieldLabels.zh].forEach((char, i) => HAN.test(char) && source.fieldPinyin[i] && hanPinyin.set(char, source.fieldPinyin[i].toLowerCase()));
  });

  const vocabularyGrams = new Postings();
  vocabulary.forEach((word, id) => vocabularyGrams.addGrams(word, true, id));
  // Code-unit order, not a collation: it is only for binary search on prefixes of folded Latin words.
  const vocabularyOrder = Int32Array.from(vocabulary.keys()).sort((a, b) => (vocabulary[a] < vocabulary[b] ? -1 : vocabulary[a] > vocabulary[b] ? 1 : 0));
  return {
    sources: [...sources],
    entries,
    vocabulary,
    vocabularyOrder,
    vocabularyGrams: vocabularyGrams.freeze(),
    wordPostings: wordLists.map((list) => Int32Array.from(list)),
    scriptPostings: scriptPostings.freeze(),
    pinyinPostings: pinyinPostings.freeze(),
    idToDoc,
    hanPinyin,
    hanCharacters,
  };
}

/** The first position in `vocabularyOrder` whose word is at or after `prefix` (code-unit order): prefix look-ups. */
export function vocabularyLowerBound(index: SearchIndex, prefix: string): number {
  const order = index.vocabularyOrder;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.vocabulary[order[mid]] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a query holds Chinese characters the catalogue never uses: likely traditional forms. */
export function needsSimplifiedVariant(index: SearchIndex, query: string): boolean {
  for (const char of query) if (HAN.test(char) && !index.hanCharacters.has(char)) return true;
  return false;
}
