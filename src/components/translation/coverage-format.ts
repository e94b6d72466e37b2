import { useMemo } from 'react';
import { displayPercent } from '../../domain/translation/coverage-tally.ts';
import type { Language } from '../../domain/text/languages.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';

/**
 * Lao writes 12.345 and 92,3% (CLDR), but not every browser carries Lao number data: Chromium prints 12,345, so
 * a page built by Node would not match the browser that hydrates it. The English form, which every runtime has,
 * is written with Lao separators here instead.
 */
const SWAPS_SEPARATORS: ReadonlySet<Language> = new Set(['lo']);
const swapSeparators = (text: string) => text.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));

/** Counts and percentages written the page language's way (12,345 · 92.3%; in Lao 12.345 · 92,3%), alike everywhere. */
export function coverageFormat(lang: Language) {
  const count = new Intl.NumberFormat('en');
  const percent = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const local = SWAPS_SEPARATORS.has(lang) ? swapSeparators : (text: string) => text;
  return {
    count: (n: number) => local(count.format(n)),
    // Rounded down to one decimal first, as the CLI does, so both print the same figure.
    percent: (p: number) => local(percent.format(displayPercent(p) / 100)),
  };
}

export function useCoverageFormat() {
  const lang = usePageLanguage();
  return useMemo(() => coverageFormat(lang), [lang]);
}
