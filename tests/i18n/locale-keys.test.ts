import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/domain/text/languages.ts';
import { NAMESPACES } from '../../src/i18n/namespaces.ts';

const localesDir = join(process.cwd(), 'locales');
// i18next plural suffixes differ by language (Lao and Chinese have one form, English two), so compare bases.
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}
const load = (lang: string, ns: string) => JSON.parse(readFileSync(join(localesDir, lang, `${ns}.json`), 'utf8'));

describe('locale files', () => {
  it('has exactly one file per namespace in every language', () => {
    for (const lang of LANGUAGES) {
      expect(readdirSync(join(localesDir, lang)).sort()).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
    }
  });

  for (const ns of NAMESPACES) {
    it(`${ns}: every key exists in zh, lo and en`, () => {
      const keySets = LANGUAGES.map((lang) => new Set(keysOf(load(lang, ns)).map((k) => k.replace(PLURAL, ''))));
      for (const [i, lang] of LANGUAGES.entries()) {
        for (const [j, other] of LANGUAGES.entries()) {
          const missing = [...keySets[j]].filter((k) => !keySets[i].has(k));
          expect(missing, `${lang}/${ns}.json lacks keys that ${other}/${ns}.json has`).toEqual([]);
        }
      }
    });
  }

  it('writes Lao strings in Lao script, never Thai', () => {
    for (const ns of NAMESPACES) {
      const text = JSON.stringify(load('lo', ns));
      expect(text, `lo/${ns}.json`).not.toMatch(/[\u0E00-\u0E7F]/);
      expect(text, `lo/${ns}.json`).toMatch(/[\u0E80-\u0EFF]/);
    }
  });
});
