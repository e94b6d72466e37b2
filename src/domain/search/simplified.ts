import { needsSimplifiedVariant, type SearchIndex } from './search-index.ts';

let converter: Promise<(text: string) => string> | undefined;

/** Traditional → simplified Chinese (OpenCC's t2cn), loaded on first need: it is 100 KB the reader rarely needs. */
function loadConverter(): Promise<(text: string) => string> {
  converter ??= import('opencc-js/t2cn').then((opencc) => opencc.Converter({ from: 't', to: 'cn' }));
  return converter;
}

/** The spellings of a query worth searching besides itself: its simplified form, when it has traditional characters. */
export async function queryVariants(index: SearchIndex, query: string): Promise<string[]> {
  if (!needsSimplifiedVariant(index, query)) return [];
  const toSimplified = await loadConverter();
  const simplified = toSimplified(query);
  return simplified === query ? [] : [simplified];
}
