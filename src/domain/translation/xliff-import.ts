import { fingerprint } from './fingerprint.ts';
import { addLanguageText, openRecordDocument, setFingerprint, setReview, setText, setTextStates, writeRecordDocument } from './record-edit.ts';
import { isTargetLanguage, stableId, stateOfText, textStatuses, type TargetLanguage, type TargetState, type TextState, type TextStatus } from './coverage-state.ts';
import { textKeys, translatableTexts } from '../record/text-paths.ts';
import { listLengths, reshapeText } from '../record/text-walk.ts';
import type { SourceFile } from '../record/parse-yaml-file.ts';
import type { CourseStandard, StandardText } from '../record/schema.ts';
import { parseUnitId } from './xliff-export.ts';
import { exportState, importedState, type XliffState } from './xliff-states.ts';

export interface ImportedUnit {
  id: string;
  source: string;
  target?: string;
  state: XliffState;
  /** The reviewer and date, from the unit's notes (`<note category="reviewer">`, `<note category="reviewed-on">`). */
  review?: Review;
}

export interface Review {
  by: string;
  date: string;
}

export interface ImportInput {
  standards: readonly CourseStandard[];
  /** Each record's file, by record id. */
  fileOf: ReadonlyMap<string, SourceFile>;
  xliff: { srcLang?: string; trgLang?: string; units: readonly ImportedUnit[] };
  /** When given, the file must translate into this language. */
  lang?: TargetLanguage;
}

export interface TextChange {
  id: string;
  from: TextState;
  to: TargetState;
  textChanged: boolean;
}

export interface ImportPlan {
  /** Anything here means nothing may be written. */
  problems: string[];
  /** Units left as they are, and why. */
  warnings: string[];
  changes: TextChange[];
  edited: SourceFile[];
}

interface Wanted {
  status: TextStatus;
  text?: string;
  state: TargetState;
  review?: Review;
}

const primaryTag = (tag: string | undefined) => tag?.toLowerCase().split(/[-_]/)[0];
const sameText = (a: string, b: string | undefined) => b !== undefined && a.normalize('NFC') === b.normalize('NFC');

/**
 * Checks every unit of a translated XLIFF file against the catalogue and works out the new record files. Only the
 * texts the file carries change; a unit still `initial`, or identical to what an export of the catalogue would
 * write, changes nothing, so importing an unchanged export rewrites no file.
 */
export function planImport({ standards, fileOf, xliff, lang }: ImportInput): ImportPlan {
  const plan: ImportPlan = { problems: [], warnings: [], changes: [], edited: [] };
  const target = primaryTag(xliff.trgLang);
  if (primaryTag(xliff.srcLang) !== 'zh') plan.problems.push(`the source language is ${xliff.srcLang ?? '(not given)'}, but the records are translated from zh (Chinese)`);
  if (!isTargetLanguage(target)) plan.problems.push(`the target language is ${xliff.trgLang ?? '(not given)'}, but the records are translated into lo (Lao) or en (English)`);
  else if (lang && target !== lang) plan.problems.push(`the file translates into ${target}, not ${lang} as --lang says`);
  if (plan.problems.length > 0 || !isTargetLanguage(target)) return plan;

  const wanted = collectUnits(standards, xliff.units, target, plan);
  for (const [recordId, byPath] of wanted) {
    const record = standards.find((s) => s.id === recordId)!;
    const file = fileOf.get(recordId)!;
    const text = editRecord(record, file, target, byPath, plan);
    if (text !== undefined) plan.edited.push({ path: file.path, text });
    for (const [path, w] of byPath) {
      plan.changes.push({ id: stableId(recordId, path), from: w.status.state, to: w.state, textChanged: w.text !== undefined });
    }
  }
  return plan;
}

function collectUnits(standards: readonly CourseStandard[], units: readonly ImportedUnit[], lang: TargetLanguage, plan: ImportPlan) {
  const wanted = new Map<string, Map<string, Wanted>>();
  const seen = new Set<string>();
  const statuses = new Map<string, TextStatus[]>();
  const statusesOf = (record: CourseStandard) => statuses.get(record.id) ?? statuses.set(record.id, textStatuses(record, lang)).get(record.id)!;
  for (const unit of units) {
    const parsed = parseUnitId(unit.id);
    if (!parsed) {
      plan.problems.push(`${unit.id}: unknown unit id (ids look like LCS-01.units.2.requirements)`);
      continue;
    }
    const name = stableId(parsed.recordId, parsed.path);
    const record = standards.find((s) => s.id === parsed.recordId);
    const status = record && statusesOf(record).find((s) => s.path === parsed.path);
    if (!record || !status) {
      plan.problems.push(`${name}: unknown unit id: ${record ? `${record.id} has no Chinese text ${parsed.path}` : `there is no record ${parsed.recordId}`}`);
      continue;
    }
    if (seen.has(name)) {
      plan.problems.push(`${name}: appears more than once in the file`);
      continue;
    }
    seen.add(name);
    if (!sameText(unit.source, status.source)) {
      plan.problems.push(`${name}: its Chinese source has changed since the file was exported: export it again and carry the translation over`);
      continue;
    }
    const state = importedState(unit.state);
    const text = unit.target?.trim();
    if (state === undefined) {
      if (text && !sameText(text, status.target)) plan.warnings.push(`${name}: not imported: its state is initial (mark it translated in the CAT tool to import it)`);
      continue;
    }
    if (!text) {
      plan.problems.push(`${name}: its state is ${unit.state} but its target is empty`);
      continue;
    }
    if (record.provenance === 'illustrative' && state === 'reviewed') {
      plan.problems.push(
        `${name}: ${unit.state} would make it reviewed, but ${record.id} is an illustrative record, whose texts are never human-reviewed: a reviewer must first change its provenance to official`,
      );
      continue;
    }
    if (unit.review && state !== 'reviewed') {
      plan.problems.push(`${name}: names a reviewer (${unit.review.by}) but its state is ${unit.state}: mark it reviewed or final`);
      continue;
    }
    if (unit.review && !/^\d{4}-\d{2}-\d{2}$/.test(unit.review.date)) {
      plan.problems.push(`${name}: the reviewed-on note must be a date written YYYY-MM-DD, not ${JSON.stringify(unit.review.date)}`);
      continue;
    }
    const textChanged = !sameText(text, status.target);
    const reviewChanged = unit.review !== undefined && JSON.stringify(unit.review) !== JSON.stringify(record.reviews?.[lang]?.[parsed.path]);
    if (!textChanged && !reviewChanged && (exportState(status).state === unit.state || (state === status.state && !status.stale))) continue;
    let byPath = wanted.get(record.id);
    if (!byPath) wanted.set(record.id, (byPath = new Map()));
    byPath.set(parsed.path, { status, text: textChanged ? text : undefined, state, review: unit.review });
  }
  return wanted;
}

/** The record file with the wanted texts, states and fresh fingerprints; undefined (and a problem) if it cannot be. */
function editRecord(record: CourseStandard, file: SourceFile, lang: TargetLanguage, byPath: Map<string, Wanted>, plan: ImportPlan): string | undefined {
  const doc = openRecordDocument(file.text);
  if (!doc) {
    plan.problems.push(`${file.path}: not edited, because the yaml library would not write it back byte for byte; its texts in this file cannot be imported`);
    return undefined;
  }
  const order = translatableTexts(record.text.zh).map((t) => t.path);
  const existing = record.text[lang];
  let recordState = record.translation[lang] as TargetState | undefined;
  if (!existing) {
    const lacking = order.filter((path) => byPath.get(path)?.text === undefined);
    if (lacking.length > 0) {
      plan.problems.push(
        `${record.id}: has no ${lang} text yet, so the file must carry all ${order.length} of its texts, translated, to create it; it lacks ${lacking.length}, e.g. ${stableId(record.id, lacking[0])}`,
      );
      return undefined;
    }
    recordState = mostCommon([...byPath.values()].map((w) => w.state));
    addLanguageText(doc, lang, newText(record.text.zh, (path) => byPath.get(path)!.text!), recordState);
  } else {
    if (!appendsInOrder(record, existing, lang, byPath, plan)) return undefined;
    for (const path of order) {
      const text = byPath.get(path)?.text;
      if (text !== undefined) setText(doc, lang, path, text);
    }
  }
  const states = new Map<string, TargetState>();
  for (const path of order) {
    const state = byPath.get(path)?.state ?? stateOfText(record, lang, path);
    if (state !== 'missing') states.set(path, state);
  }
  setTextStates(doc, lang, states, recordState!, order);
  for (const [path, w] of byPath) setFingerprint(doc, lang, path, fingerprint(w.status.source), order);
  // Who reviewed a text stays with it while it stays reviewed; a text moved to another state loses it.
  for (const [path, w] of byPath) setReview(doc, lang, path, w.state === 'reviewed' ? (w.review ?? (w.text === undefined ? record.reviews?.[lang]?.[path] : undefined)) : undefined, order);
  return writeRecordDocument(doc);
}

/** New list items (an objective or reference the translation lacked) may only extend the list, without gaps. */
function appendsInOrder(record: CourseStandard, existing: StandardText, lang: TargetLanguage, byPath: Map<string, Wanted>, plan: ImportPlan): boolean {
  for (const [prefix, length] of listLengths(existing)) {
    const depth = prefix.split('/').length - 1;
    const added = [...byPath.keys()].filter((p) => p.startsWith(prefix) && Number(textKeys(p)[depth]) >= length).map((p) => Number(textKeys(p)[depth]));
    const gap = added.sort((a, b) => a - b).find((index, i) => index !== length + i);
    if (gap !== undefined) {
      const list = prefix.slice(0, -1).split('/').at(-1);
      plan.problems.push(`${stableId(record.id, `${prefix}${gap}`)}: the ${lang} text has ${length} items in ${list}, so this one cannot be added before the ones between`);
      return false;
    }
  }
  return true;
}

/** A text in a new language with the shape (lists, entries, unit hours) of the Chinese one. */
function newText(zh: StandardText, textOf: (path: string) => string): StandardText {
  return reshapeText(zh, textOf);
}

function mostCommon(states: TargetState[]): TargetState {
  const counts = new Map<TargetState, number>();
  for (const state of states) counts.set(state, (counts.get(state) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
