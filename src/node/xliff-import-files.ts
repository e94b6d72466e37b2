import type { TargetLanguage } from '../domain/coverage-state.ts';
import { formatProblem } from '../domain/problems.ts';
import { planImport, type TextChange } from '../domain/xliff-import.ts';
import type { WriteOperations } from './atomic-files.ts';
import { readEditableCatalogue, writeIfValid } from './record-files.ts';
import { readXliff } from './xliff-read.ts';

export interface ImportResult {
  /** When there are any, no file was written. */
  problems: string[];
  warnings: string[];
  changes: TextChange[];
  /** Record files rewritten, relative to the root. */
  written: string[];
}

/**
 * Merges a translated XLIFF file into the record files under `root`: everything is checked first (the file, every
 * unit, then the whole catalogue as it would be), and only then are the changed files written, all of them or none.
 */
export function importXliff(root: string, xml: string, lang?: TargetLanguage, ops?: WriteOperations): ImportResult {
  const refused = (problems: string[], warnings: string[] = []): ImportResult => ({ problems, warnings, changes: [], written: [] });
  const editable = readEditableCatalogue(root);
  if ('problems' in editable) return refused(['the catalogue has problems of its own; fix them first:', ...editable.problems.map(formatProblem)]);
  const read = readXliff(xml);
  if ('error' in read) return refused([read.error]);
  const plan = planImport({ standards: editable.catalogue.standards, fileOf: editable.fileOf, xliff: read, lang });
  const problems = [...read.problems, ...plan.problems];
  if (problems.length > 0) return refused(problems, plan.warnings);
  let invalid;
  try {
    invalid = writeIfValid(root, editable.files, plan.edited, ops);
  } catch (error) {
    return refused([`could not write the record files (${(error as Error).message}): every record file is as it was`], plan.warnings);
  }
  if (invalid.length > 0) return refused(['the records would not validate after this import:', ...invalid.map(formatProblem)], plan.warnings);
  return { problems: [], warnings: plan.warnings, changes: plan.changes, written: plan.edited.map((f) => f.path) };
}
