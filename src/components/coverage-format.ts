import { useMemo } from 'react';
import { displayPercent } from '../domain/coverage-tally.ts';
import { usePageLanguage } from './use-page-language.ts';

/** Counts and percentages written the page language's way (12,345 · 92.3%; in Lao 12.345 · 92,3%). */
export function useCoverageFormat() {
  const lang = usePageLanguage();
  return useMemo(() => {
    const count = new Intl.NumberFormat(lang);
    const percent = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return {
      count: (n: number) => count.format(n),
      // Rounded down to one decimal first, as the CLI does, so both print the same figure.
      percent: (p: number) => percent.format(displayPercent(p) / 100),
    };
  }, [lang]);
}
