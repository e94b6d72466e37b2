import type { TargetLanguage } from '../../domain/translation/coverage-state.ts';
import { formatProblem } from '../../domain/record/problems.ts';
import { planImport, type TextChange } from '../../domain/translation/xliff-import.ts';
import type { WriteOperations } from '../cli/atomic-files.ts';
import { readEditableCatalogue, writeIfValid } from '../catalogue/record-files.ts';
import { readXliff, type ReadXliff } from './xliff-read.ts';
import type { SourceFile } from '../../domain/record/parse-yaml-file.ts';
import { isTargetLanguage } from '../../domain/translation/coverage-state.ts';
import { isUiUnitId, planUiImport } from '../../domain/translation/ui-xliff.ts';
import { readUiStates, readUiStrings, UI_STATES_FILE, uiStatesText } from '../catalogue/read-locales.ts';

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
  const recordUnits = read.units.filter((unit) => !isUiUnitId(unit.id));
  const plan = planImport({ standards: editable.catalogue.standards, fileOf: editable.fileOf, xliff: { ...read, units: recordUnits }, lang });
  const ui = uiImport(root, read, plan);
  const problems = [...read.problems, ...plan.problems, ...ui.problems];
  if (problems.length > 0) return refused(problems, plan.warnings);
  let invalid;
  try {
    invalid = writeIfValid(root, editable.files, plan.edited, ops, ui.files);
  } catch (error) {
    return refused([`could not write the record files (${(error as Error).message}): every record file is as it was`], plan.warnings);
  }
  if (invalid.length > 0) return refused(['the records would not validate after this import:', ...invalid.map(formatProblem)], plan.warnings);
  return { problems: [], warnings: plan.warnings, changes: [...plan.changes, ...ui.changes], written: [...plan.edited, ...ui.files].map((f) => f.path) };
}

/** The interface-string units of the file (`ui:…`): the locale files and states file they change. */
function uiImport(root: string, read: ReadXliff, recordPlan: { problems: string[] }): { problems: string[]; files: SourceFile[]; changes: TextChange[] } {
  const units = read.units.filter((unit) => isUiUnitId(unit.id));
  const lang = read.trgLang?.toLowerCase().split(/[-_]/)[0];
  if (units.length === 0 || !isTargetLanguage(lang) || recordPlan.problems.length > 0) return { problems: [], files: [], changes: [] };
  const strings = readUiStrings(root);
  const plan = planUiImport(strings, readUiStates(root), units, lang);
  const files: SourceFile[] = [...plan.namespaces].map(([namespace, tree]) => ({ path: `locales/${lang}/${namespace}.json`, text: `${JSON.stringify(tree, null, 2)}\n` }));
  if (plan.statesChanged) files.push({ path: UI_STATES_FILE, text: uiStatesText(plan.states) });
  return { problems: plan.problems, files, changes: plan.changes };
}
