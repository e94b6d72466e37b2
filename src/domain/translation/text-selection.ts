import { coverageCsv } from './coverage-csv.ts';
import type { TargetLanguage, TextStatus } from './coverage-state.ts';
import { bucketOf } from './coverage-tally.ts';
import type { Collection } from '../record/collections.ts';
import type { CourseStandard } from '../record/schema.ts';
import { exportUnits, type ExportFilter, type XliffRecordFile } from './xliff-export.ts';
import type { QueueState } from './review-queue.ts';
import { writeXliff } from './xliff-write.ts';
import type { Concept } from '../terms/glossary-schema.ts';

/**
 * A set of texts in one language, as the coverage page's "next to review" filters choose them and as
 * `npm run xliff:export` and `npm run translation:coverage -- --csv` take them on the command line: both write
 * their files from here, so a download and the command give the same bytes.
 */
export interface TextSelection {
  lang: TargetLanguage;
  collection?: Collection;
  field?: string;
  /** Only records with these ids. */
  records?: readonly string[];
  /** Only texts in these states (a stale text counts as stale, whatever its state). */
  states?: readonly QueueState[];
}

export const selectedRecords = (standards: readonly CourseStandard[], selection: TextSelection): CourseStandard[] =>
  standards.filter(
    (s) => (!selection.collection || s.collection === selection.collection) && (!selection.field || s.field === selection.field) && (!selection.records || selection.records.includes(s.id)),
  );

const keepState = (selection: TextSelection) => (status: TextStatus) => !selection.states || (selection.states as readonly string[]).includes(bucketOf(status));

/** The selection as the CSV for spreadsheets (UTF-8 with a byte-order mark, for Excel). */
export const selectionCsv = (standards: readonly CourseStandard[], selection: TextSelection): string =>
  coverageCsv(selectedRecords(standards, selection), { languages: [selection.lang], keep: keepState(selection) });

/** The XLIFF units of the selection (narrowed further by the command line's `--only`, if given). */
export const selectionUnits = (standards: readonly CourseStandard[], selection: TextSelection, only?: readonly ExportFilter[]): XliffRecordFile[] =>
  exportUnits(selectedRecords(standards, selection), selection.lang, only, keepState(selection));

/** The selection as one XLIFF 2.0 file for a CAT tool; undefined when no text is selected. */
export async function selectionXliff(standards: readonly CourseStandard[], selection: TextSelection, termbase?: readonly Concept[]): Promise<string | undefined> {
  const files = selectionUnits(standards, selection);
  return files.length === 0 ? undefined : writeXliff(selection.lang, files, termbase);
}
