import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UiStrings } from '../domain/coverage-ui.ts';
import { LANGUAGES } from '../domain/languages.ts';

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
