import { compareIds } from '../record/catalogue.ts';
import { ATTENTION_ORDER, type CoverageReport, type RecordCoverage, type SectionCoverage } from './coverage.ts';
import type { CoverageQuery } from '../url/coverage-query.ts';
import type { TargetLanguage } from './coverage-state.ts';
import { anchorOf } from '../record/text-paths.ts';
import { addTallies, emptyTally, translatedPercent, type Tally } from './coverage-tally.ts';
import type { Language } from '../text/languages.ts';
import type { Collection } from '../record/collections.ts';
import { reviewShares } from './review-shares.ts';

export interface CoverageCell {
  tally: Tally;
  /** Translated share (0–100) in the chosen measure. */
  percent: number;
  /** Share reviewed or approved by a person (0–100): what the records table shows and sorts by. */
  reviewed: number;
  /** The record-page anchor of the text most in need of work, if any (#unit-3, #summary…). */
  anchor?: string;
  /** Nothing here needs work: link to the top of the record. */
  done: boolean;
}

export interface CoverageRow {
  id: string;
  collection: Collection;
  cells: Partial<Record<TargetLanguage, CoverageCell>>;
}

const urgency = (section: SectionCoverage): number => {
  const rank = ATTENTION_ORDER.findIndex((bucket) => section.tally.texts[bucket]);
  return rank < 0 ? ATTENTION_ORDER.length : rank;
};

/** One record in one language, limited to a section: its figures and where its most urgent text is. */
export function coverageCell(sections: readonly SectionCoverage[], query: Pick<CoverageQuery, 'section' | 'measure'>): CoverageCell {
  const chosen = sections.filter((s) => !query.section || s.section === query.section);
  const tally = emptyTally();
  for (const section of chosen) addTallies(tally, section.tally);
  // Reading order breaks ties: the first section with the most urgent kind of text.
  const first = chosen.reduce<SectionCoverage | undefined>((best, s) => (s.attention && (!best || urgency(s) < urgency(best)) ? s : best), undefined);
  return {
    tally,
    percent: translatedPercent(tally, query.measure ?? 'texts'),
    reviewed: reviewShares(tally, query.measure ?? 'texts').done.percent,
    anchor: first?.attention ? anchorOf(first.attention) : undefined,
    done: !first,
  };
}

/** The languages the page shows: the one chosen, or all in the report. */
export const shownLanguages = (report: CoverageReport, query: Pick<CoverageQuery, 'lang'>): TargetLanguage[] =>
  report.languages.filter((lang) => !query.lang || lang === query.lang);

/**
 * The records table: filtered by collection and by a bucket (a record stays if any shown language has a text in
 * it), sorted by id, by title (`titleOf`, in the page language's collation) or by a language's translated share.
 */
export function coverageRows(report: CoverageReport, query: CoverageQuery, pageLang: Language, titleOf: (id: string) => string): CoverageRow[] {
  const languages = shownLanguages(report, query);
  const rows = report.records
    .filter((record) => !query.collection || record.collection === query.collection)
    .map((record: RecordCoverage): CoverageRow => ({
      id: record.id,
      collection: record.collection,
      cells: Object.fromEntries(languages.map((lang) => [lang, coverageCell(record.languages[lang] ?? [], query)])),
    }))
    .filter((row) => !query.status || languages.some((lang) => (row.cells[lang]?.tally.texts[query.status!] ?? 0) > 0));

  const collator = new Intl.Collator(pageLang);
  const order = query.order;
  const compare = (a: CoverageRow, b: CoverageRow): number => {
    if (order === 'title') return collator.compare(titleOf(a.id), titleOf(b.id));
    // By what still needs a person: the least reviewed first, then (all else equal) the least translated.
    if (order === 'lo' || order === 'en') {
      const [x, y] = [a.cells[order], b.cells[order]];
      return (x?.reviewed ?? 0) - (y?.reviewed ?? 0) || (x?.percent ?? 0) - (y?.percent ?? 0);
    }
    return 0;
  };
  const direction = query.dir === 'desc' ? -1 : 1;
  return rows.sort((a, b) => direction * (compare(a, b) || compareIds(a.id, b.id)));
}
