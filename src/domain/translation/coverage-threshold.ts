import type { CoverageReport } from './coverage.ts';
import { isTargetLanguage, type TargetLanguage } from './coverage-state.ts';
import { displayPercent, translatedPercent } from './coverage-tally.ts';

export type Thresholds = Partial<Record<TargetLanguage, number>>;

/** `lo=80,en=95` → `{ lo: 80, en: 95 }`; an error message for anything else. */
export function parseThresholds(text: string): Thresholds | { error: string } {
  const thresholds: Thresholds = {};
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^([a-z]+)=(\d+(?:\.\d+)?)%?$/.exec(part);
    if (!match || !isTargetLanguage(match[1]) || Number(match[2]) > 100) {
      return { error: `--min: "${part}" is not language=percent with language lo or en and percent 0-100, e.g. --min lo=80,en=95` };
    }
    thresholds[match[1]] = Number(match[2]);
  }
  return Object.keys(thresholds).length > 0 ? thresholds : { error: '--min needs at least one language=percent, e.g. --min lo=80,en=95' };
}

/**
 * One message per language below its threshold. The share is of Chinese characters translated (stale and missing
 * texts count as untranslated), compared exactly, not as rounded for display.
 */
export function belowThresholds(report: CoverageReport, thresholds: Thresholds): string[] {
  return Object.entries(thresholds).flatMap(([lang, minimum]) => {
    const tally = report.totals[lang as TargetLanguage];
    if (!tally) return [`${lang}: not in this report (see --lang), so it cannot meet its minimum of ${minimum}%`];
    const percent = translatedPercent(tally, 'chars');
    return percent < minimum! ? [`${lang}: ${displayPercent(percent).toFixed(1)}% of the Chinese characters translated, below the minimum of ${minimum}%`] : [];
  });
}
