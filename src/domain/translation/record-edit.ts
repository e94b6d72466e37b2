import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { fingerprint } from './fingerprint.ts';
import { TARGET_LANGUAGES, textStatuses, type TargetLanguage, type TargetState } from './coverage-state.ts';
import { textKeys, translatableTexts } from '../record/text-paths.ts';
import { LANGUAGES } from '../text/languages.ts';
import { courseStandardSchema, type CourseStandard, type StandardText } from '../record/schema.ts';

/** How the record files are written: long lines never folded, flow lists as `[a, b]`. */
export const YAML_WRITE_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;
const TOP_LEVEL_ORDER = Object.keys(courseStandardSchema.shape);

/**
 * Opens a record file for editing with the yaml Document API, which keeps comments, key order and scalar styles.
 * Undefined when writing the untouched document back would not give the same bytes: such a file is not edited.
 */
export function openRecordDocument(text: string): Document | undefined {
  const doc = parseDocument(text);
  return doc.errors.length === 0 && doc.toString(YAML_WRITE_OPTIONS) === text ? doc : undefined;
}

export const writeRecordDocument = (doc: Document): string => doc.toString(YAML_WRITE_OPTIONS);

/** The map at a path, created (with its keys in `order`) when absent. */
function mapAt(doc: Document, path: readonly string[], orders: readonly (readonly string[])[]): YAMLMap {
  let map = doc.contents as YAMLMap;
  path.forEach((key, depth) => {
    const child: unknown = map.get(key, true);
    if (isMap(child)) {
      map = child;
    } else {
      const created = doc.createNode({}) as YAMLMap;
      setOrdered(doc, map, key, created, orders[depth]);
      map = created;
    }
  });
  return map;
}

/** Sets a key, keeping an existing scalar's style; a new key goes before the first key that `order` puts after it. */
function setOrdered(doc: Document, map: YAMLMap, key: string, value: unknown, order: readonly string[]): void {
  if (map.has(key)) {
    map.set(key, value);
    return;
  }
  const rank = order.indexOf(key);
  const pair = doc.createPair(key, value);
  const before = map.items.findIndex((item) => {
    const other = order.indexOf(String(isScalar(item.key) ? item.key.value : item.key));
    return rank >= 0 && other > rank;
  });
  if (before < 0) map.items.push(pair);
  else map.items.splice(before, 0, pair);
}

function deleteIfEmpty(doc: Document, path: readonly string[]): void {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isMap(node) && node.items.length === 0) doc.deleteIn(path.slice(0, depth));
  }
}

/** Replaces one translated text, or appends it to its list; the caller has checked that the list reaches it. */
export function setText(doc: Document, lang: TargetLanguage, path: string, value: string): void {
  const keys = textKeys(path);
  const parent = doc.getIn(['text', lang, ...keys.slice(0, -1)], true);
  const last = keys.at(-1)!;
  if (isSeq(parent) && last === parent.items.length) parent.add(doc.createNode(value));
  else doc.setIn(['text', lang, ...keys], value);
}

/** Adds a whole text in a language that had none, and its record-level state, in language order. */
export function addLanguageText(doc: Document, lang: TargetLanguage, text: StandardText, state: TargetState): void {
  setOrdered(doc, mapAt(doc, ['translation'], [TOP_LEVEL_ORDER]), lang, state, LANGUAGES);
  setOrdered(doc, mapAt(doc, ['text'], [TOP_LEVEL_ORDER]), lang, doc.createNode(text), LANGUAGES);
}

export function setFingerprint(doc: Document, lang: TargetLanguage, path: string, value: string, pathOrder: readonly string[]): void {
  setOrdered(doc, mapAt(doc, ['fingerprints', lang], [TOP_LEVEL_ORDER, LANGUAGES]), path, value, pathOrder);
}

/** Records who reviewed a text and when, or (undefined) removes what was recorded. */
export function setReview(doc: Document, lang: TargetLanguage, path: string, review: { by: string; date: string } | undefined, pathOrder: readonly string[]): void {
  if (review === undefined) {
    if (doc.hasIn(['reviews', lang, path])) doc.deleteIn(['reviews', lang, path]);
    deleteIfEmpty(doc, ['reviews', lang]);
    deleteIfEmpty(doc, ['reviews']);
    return;
  }
  setOrdered(doc, mapAt(doc, ['reviews', lang], [TOP_LEVEL_ORDER, LANGUAGES]), path, doc.createNode({ by: review.by, date: review.date }), pathOrder);
}

/**
 * Writes a language's state per text as compactly as it can: when every text has the same state that becomes the
 * record's `translation.<lang>`; otherwise the record keeps its state and `textStates` lists the texts that differ.
 */
export function setTextStates(
  doc: Document, lang: TargetLanguage, states: ReadonlyMap<string, TargetState>, current: TargetState, pathOrder: readonly string[],
): void {
  const distinct = new Set(states.values());
  const recordState = distinct.size === 1 ? [...distinct][0] : current;
  if (recordState !== current) doc.setIn(['translation', lang], recordState);
  const map = mapAt(doc, ['textStates', lang], [TOP_LEVEL_ORDER, LANGUAGES]);
  for (const path of pathOrder) {
    const state = states.get(path);
    if (state === undefined || state === recordState) map.delete(path);
    else if (map.get(path) !== state) setOrdered(doc, map, path, state, pathOrder);
  }
  deleteIfEmpty(doc, ['textStates', lang]);
}

/**
 * Adds the fingerprint of the current Chinese to every translated text that has none: run once on a catalogue
 * whose translations are known to match their sources. Returns whether it added any.
 */
export function fillFingerprints(doc: Document, record: CourseStandard): boolean {
  let changed = false;
  const order = translatableTexts(record.text.zh).map((t) => t.path);
  for (const lang of TARGET_LANGUAGES) {
    for (const status of textStatuses(record, lang)) {
      if (status.target === undefined || record.fingerprints?.[lang]?.[status.path] !== undefined) continue;
      setFingerprint(doc, lang, status.path, fingerprint(status.source), order);
      changed = true;
    }
  }
  return changed;
}
