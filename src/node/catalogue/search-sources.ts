import { pinyin } from 'pinyin-pro';
import type { Catalogue } from '../../domain/record/catalogue.ts';
import { toSearchSource, type SearchSource } from '../../domain/search/search-source.ts';

/** One pinyin syllable per character, without tones; computed here so pinyin-pro never reaches the browser. */
export const pinyinOf = (text: string): string[] => pinyin(text, { toneType: 'none', type: 'array', v: true });

export function buildSearchSources(catalogue: Catalogue): SearchSource[] {
  return catalogue.standards.map((standard) => toSearchSource(standard, catalogue.vocabularies, pinyinOf));
}
