import { fingerprint } from './fingerprint.ts';
import type { TargetLanguage, TargetState } from './coverage-state.ts';
import { presentKeys, uiSourceStrings, uiStringId, type UiStates, type UiStrings } from './ui-coverage.ts';
import type { XliffRecordFile, XliffUnit } from './xliff-export.ts';
import { exportState, importedState, type XliffState } from './xliff-states.ts';

/** The interface strings travel in their own `<file id="ui">`; their unit ids are `ui:<namespace>:<key>`. */
export const UI_FILE_ID = 'ui';
const UI_UNIT = /^ui:([a-z][a-z0-9-]*):([A-Za-z0-9_.-]+)$/;
export const isUiUnitId = (id: string): boolean => id.startsWith('ui:');

const PLURAL = /_(zero|one|two|few|many|other)$/;

function leafAt(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function leafKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.entries(tree).flatMap(([key, child]) => (typeof child === 'string' ? [`${prefix}${key}`] : leafKeys(child, `${prefix}${key}.`)));
}

/**
 * Every interface string of one language as XLIFF units: one per key the language has (English plural forms
 * each on their own), or the Chinese key when the language lacks the string; the source is the Chinese string.
 */
export function uiExportFile(strings: UiStrings, states: UiStates | undefined, lang: TargetLanguage): XliffRecordFile {
  const units: XliffUnit[] = [];
  for (const { namespace, key, source } of uiSourceStrings(strings)) {
    const present = presentKeys(strings, lang, namespace).has(key);
    const ownKeys = leafKeys(strings[lang]?.[namespace]).filter((leaf) => leaf.replace(PLURAL, '') === key);
    const keys = present ? ownKeys : [leafKeys(strings.zh[namespace]).find((leaf) => leaf.replace(PLURAL, '') === key) ?? key];
    const entry = states?.[lang]?.[uiStringId(namespace, key)];
    const state: TargetState | 'missing' = present ? (entry?.state ?? 'draft') : 'missing';
    const stale = present && states !== undefined && entry?.fingerprint !== fingerprint(source);
    for (const leaf of keys) {
      const id = `ui:${namespace}:${leaf}`;
      units.push({ id, name: id, source, target: present ? leafAt(strings[lang]?.[namespace], leaf) : undefined, ...exportState({ state, stale }) });
    }
  }
  return { recordId: UI_FILE_ID, units };
}

export interface UiImportPlan {
  problems: string[];
  changes: { id: string; from: TargetState | 'missing'; to: TargetState; textChanged: boolean }[];
  /** Namespaces whose file changes, with their new content, and the states (changed when `statesChanged`). */
  namespaces: Map<string, Record<string, unknown>>;
  states: UiStates;
  statesChanged: boolean;
}

/** Works out the locale files and states an import of interface-string units makes; nothing is written here. */
export function planUiImport(strings: UiStrings, states: UiStates | undefined, units: readonly { id: string; source: string; target?: string; state: XliffState }[], lang: TargetLanguage): UiImportPlan {
  const next: UiStates = structuredClone(states ?? {});
  const plan: UiImportPlan = { problems: [], changes: [], namespaces: new Map(), states: next, statesChanged: false };
  const sources = new Map(uiSourceStrings(strings).map((s) => [uiStringId(s.namespace, s.key), s.source]));
  for (const unit of units) {
    const match = UI_UNIT.exec(unit.id);
    const [, namespace, leaf] = match ?? [];
    const base = leaf?.replace(PLURAL, '');
    const source = match ? sources.get(uiStringId(namespace, base)) : undefined;
    if (source === undefined) {
      plan.problems.push(`${unit.id}: unknown interface string (ids look like ui:common:nav.coverage)`);
      continue;
    }
    if (unit.source.normalize('NFC') !== source.normalize('NFC')) {
      plan.problems.push(`${unit.id}: its Chinese source has changed since the file was exported: export it again`);
      continue;
    }
    const state = importedState(unit.state);
    const text = unit.target?.trim();
    if (state === undefined) continue;
    if (!text) {
      plan.problems.push(`${unit.id}: its state is ${unit.state} but its target is empty`);
      continue;
    }
    const tree = plan.namespaces.get(namespace) ?? structuredClone((strings[lang]?.[namespace] ?? {}) as Record<string, unknown>);
    const before = leafAt(tree, leaf);
    const textChanged = before !== text;
    const id = uiStringId(namespace, base);
    const entry = { state, fingerprint: fingerprint(source) };
    const stateChanged = JSON.stringify(next[lang]?.[id]) !== JSON.stringify(entry);
    if (!textChanged && !stateChanged) continue;
    if (textChanged) {
      setLeaf(tree, leaf, text);
      plan.namespaces.set(namespace, tree);
    }
    if (stateChanged) {
      (next[lang] ??= {})[id] = entry;
      plan.statesChanged = true;
    }
    plan.changes.push({ id: unit.id, from: before === undefined ? 'missing' : (states?.[lang]?.[id]?.state ?? 'draft'), to: state, textChanged });
  }
  return plan;
}

function setLeaf(tree: Record<string, unknown>, key: string, value: string) {
  const parts = key.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}
