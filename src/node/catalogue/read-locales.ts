import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UiStates, UiStrings } from '../../domain/translation/ui-coverage.ts';
import { LANGUAGES } from '../../domain/text/languages.ts';

/** Every locales/<lang>/<namespace>.json, namespaces as the Chinese (source) files list them. */
export function readUiStrings(root: string): UiStrings {
  const dir = join(root, 'locales');
  const namespaces = readdirSync(join(dir, 'zh')).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)).sort();
  const strings = {} as UiStrings;
  for (const lang of LANGUAGES) {
    strings[lang] = {};
    for (const ns of namespaces) {
      const file = join(dir, lang, `${ns}.json`);
      if (existsSync(file)) strings[lang][ns] = JSON.parse(readFileSync(file, 'utf8'));
    }
  }
  return strings;
}

export const UI_STATES_FILE = 'locales/translation-states.json';

/** The interface strings' states and fingerprints, or undefined when the file does not exist yet. */
export function readUiStates(root: string): UiStates | undefined {
  const file = join(root, UI_STATES_FILE);
  if (!existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${UI_STATES_FILE}: must hold an object with lo and en`);
  return parsed as UiStates;
}

// A file's order, not a reader's: code-point order is the same on every machine (a collation may change with ICU).
const byCodePoint = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** The states file as written: languages, then ids, in code-point order, so a change is one line in a diff. */
export function uiStatesText(states: UiStates): string {
  const sorted = Object.fromEntries(
    Object.entries(states)
      .sort(byCodePoint)
      .map(([lang, byId]) => [lang, Object.fromEntries(Object.entries(byId ?? {}).sort(byCodePoint))]),
  );
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
