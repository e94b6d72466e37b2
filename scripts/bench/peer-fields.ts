import { latinWords } from '../../src/domain/search/latin-words.ts';
import { compactText } from '../../src/domain/search/normalize.ts';
import { pinyinLetters } from '../../src/domain/search/pinyin-text.ts';
import type { SearchSource } from '../../src/domain/search/search-source.ts';

/** The fields every peer engine indexes: the same normalised texts and pinyin the catalogue engine gets. */
export interface PeerDocument {
  [field: string]: string;
  id: string;
  title: string;
  pinyin: string;
  initials: string;
  unit: string;
  body: string;
}

export const PEER_FIELDS = ['id', 'title', 'pinyin', 'initials', 'unit', 'body'] as const;

export function peerDocument(source: SearchSource): PeerDocument {
  const zh = source.titles.zh ?? '';
  return {
    id: source.id,
    title: [...Object.values(source.titles), ...Object.values(source.fieldLabels)].join(' \n '),
    pinyin: pinyinLetters(zh, source.titlePinyin, false),
    initials: pinyinLetters(zh, source.titlePinyin, true),
    unit: source.passages.filter((p) => p.anchor.startsWith('unit-')).map((p) => p.text.split(' · ')[0]).join(' \n '),
    body: source.passages.map((p) => p.text).join(' \n '),
  };
}

/**
 * The tokenizer the peers' documentation advises for scripts without spaces: words for Latin text, character
 * bigrams for Lao and Chinese (a lone character stays a token), over this project's normaliser.
 */
export function peerTokens(text: string): string[] {
  const tokens = latinWords(text).map((w) => w.word);
  for (const run of text.split(/[0-9A-Za-z\u00C0-\u024F\s]+/)) {
    const compact = compactText(run);
    if (compact.length === 1) tokens.push(compact);
    for (let i = 0; i + 1 < compact.length; i++) tokens.push(compact.slice(i, i + 2));
  }
  return tokens;
}
