import type { CoverageReport } from './coverage.ts';
import { COVERAGE_SECTIONS } from '../record/text-paths.ts';
import { COVERAGE_BUCKETS, countOf, displayPercent, MEASURES, totalOf, translatedPercent, type CoverageBucket, type Tally } from './coverage-tally.ts';
import type { TargetLanguage } from './coverage-state.ts';

const MEASURE_NAME = { texts: 'texts', chars: 'characters' } as const;
export const formatPercent = (tally: Tally, measure: 'texts' | 'chars'): string => `${displayPercent(translatedPercent(tally, measure)).toFixed(1)}%`;

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  // The first two columns are names (left-aligned), the rest figures (right-aligned).
  return rows.map((row) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
}

function tallyRows(label: string, tallies: Partial<Record<TargetLanguage, Tally>>, languages: readonly TargetLanguage[], buckets: readonly CoverageBucket[]) {
  return languages.flatMap((lang) => {
    const tally = tallies[lang];
    if (!tally) return [];
    return MEASURES.map((measure) => [
      `${label} ${lang}`.trim(),
      MEASURE_NAME[measure],
      String(totalOf(tally, measure)),
      ...buckets.map((bucket) => String(countOf(tally, measure, bucket))),
      formatPercent(tally, measure),
    ]);
  });
}

/**
 * The report as plain-text tables for a terminal: the same figures as the coverage page. Collections are listed in
 * `collectionOrder` (collections.yaml's order, from `collectionKeys`); by default, as the report met them.
 */
export function formatCoverage(report: CoverageReport, collectionOrder: readonly string[] = Object.keys(report.byCollection)): string {
  const { languages } = report;
  const header = (first: string) => [first, 'measure', 'total', ...COVERAGE_BUCKETS, 'translated'];
  const scope = report.collection ?? 'all collections';
  const lines = [
    `Translation coverage of ${report.records.length} records (${scope}), counted in texts and in characters of the Chinese source.`,
    'Translated = approved + reviewed + draft + machine; a stale text (its Chinese changed since) and a missing one are not.',
    '',
    ...table([header('language'), ...tallyRows('', report.totals, languages, COVERAGE_BUCKETS)]),
    '',
    ...table([
      header('collection'),
      ...collectionOrder.flatMap((c) => (report.byCollection[c] ? tallyRows(c, report.byCollection[c], languages, COVERAGE_BUCKETS) : [])),
    ]),
    '',
    ...table([
      header('section'),
      ...COVERAGE_SECTIONS.flatMap((s) => (report.bySection[s] ? tallyRows(s, report.bySection[s], languages, COVERAGE_BUCKETS) : [])),
    ]),
    '',
    'Interface strings (locales/): Chinese is the source; states and fingerprints in locales/translation-states.json.',
    ...table([['language', 'measure', 'total', ...COVERAGE_BUCKETS, 'translated'], ...tallyRows('', report.ui.tallies, languages, COVERAGE_BUCKETS)]),
  ];
  lines.push(report.reviews.length ? 'Reviewed by a person:' : 'No text has been reviewed by a person yet.');
  for (const r of report.reviews) lines.push(`  ${r.id}  ${r.lang}  ${r.by}  ${r.date}`);
  if (report.ui.stale?.length) {
    lines.push('Out-of-date interface strings (the Chinese changed since):');
    for (const s of report.ui.stale) lines.push(`  ${s.namespace}:${s.key}  out of date in ${s.staleIn.join(', ')}  ${s.source}`);
  }
  if (report.ui.untranslated.length > 0) {
    lines.push('Untranslated interface strings:');
    for (const s of report.ui.untranslated) lines.push(`  ${s.namespace}:${s.key}  missing in ${s.missingIn.join(', ')}  ${s.source}`);
  }
  return `${lines.join('\n')}\n`;
}
