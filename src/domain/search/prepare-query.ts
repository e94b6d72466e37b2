import type { SearchIndex } from './search-index.ts';
import type { SearchOptions } from './search.ts';
import { queryVariants } from './simplified.ts';

const HAN_RUN = /\p{Script=Han}{2,}/gu;
type PinyinOfChar = (char: string) => string;

let pinyinLibrary: Promise<PinyinOfChar> | undefined;

/** pinyin-pro, loaded only for a Chinese query with characters the catalogue's titles do not use (a rare need). */
function loadPinyin(): Promise<PinyinOfChar> {
  pinyinLibrary ??= import('pinyin-pro').then(({ pinyin }) => (char: string) => pinyin(char, { toneType: 'none', v: true }).toLowerCase());
  return pinyinLibrary;
}

/**
 * What a query needs besides itself, prepared before ranking (it may load code): its simplified-Chinese form,
 * and the pinyin of its Chinese, so that a character typed with the wrong one of its sounds-alike (骑车 for
 * 汽车, a pinyin-IME slip) still finds the title.
 */
export async function prepareQuery(index: SearchIndex, query: string): Promise<Pick<SearchOptions, 'variants' | 'soundsLike'>> {
  const variants = await queryVariants(index, query);
  const runs = [query, ...variants].flatMap((form) => form.slice(0, 200).match(HAN_RUN) ?? []);
  if (runs.length === 0) return { variants };
  const unknown = runs.some((run) => [...run].some((char) => !index.hanPinyin.has(char)));
  const library = unknown ? await loadPinyin() : undefined;
  const soundsLike = new Set<string>();
  for (const run of runs) soundsLike.add([...run].map((char) => index.hanPinyin.get(char) ?? library?.(char) ?? '').join(''));
  return { variants, soundsLike: [...soundsLike].filter((letters) => letters.length >= 4) };
}
