import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/domain/translation/fingerprint.ts';
import { uiExportFile } from '../../src/domain/translation/ui-xliff.ts';
import { writeXliff } from '../../src/domain/translation/xliff-write.ts';
import { readUiStates, readUiStrings } from '../../src/node/catalogue/read-locales.ts';
import { importXliff } from '../../src/node/translation/xliff-import-files.ts';
import { changedFiles, copyOfStandards, editUnit } from '../fixtures/xliff.ts';

let copy: ReturnType<typeof copyOfStandards>;
/** Every locale file's bytes. */
const localeSnapshot = () => new Map(['zh', 'lo', 'en'].flatMap((lang) => ['common', 'coverage', 'search'].map((ns) => [`${lang}/${ns}`, readFileSync(join(copy.root, 'locales', lang, `${ns}.json`), 'utf8')])));
const exportUi = (lang: 'lo' | 'en') => writeXliff(lang, [uiExportFile(readUiStrings(copy.root), readUiStates(copy.root), lang)]);

beforeEach(() => {
  copy = copyOfStandards();
  cpSync(join(process.cwd(), 'locales'), join(copy.root, 'locales'), { recursive: true });
});
afterEach(() => copy.remove());

describe('interface strings round-trip through XLIFF', { timeout: 30_000 }, () => {
  it('an unchanged export imports as no change at all', async () => {
    const before = localeSnapshot();
    const states = readFileSync(join(copy.root, 'locales', 'translation-states.json'), 'utf8');
    for (const lang of ['lo', 'en'] as const) expect(importXliff(copy.root, await exportUi(lang))).toEqual({ problems: [], warnings: [], changes: [], written: [] });
    expect(changedFiles(before, localeSnapshot())).toEqual([]);
    expect(readFileSync(join(copy.root, 'locales', 'translation-states.json'), 'utf8')).toBe(states);
  });

  it('a translated string is written into its locale file, with its state and the fingerprint of its Chinese', async () => {
    const xml = editUnit(await exportUi('lo'), 'ui:common:siteName', { state: 'translated', target: 'ລາຍການມາດຕະຖານຫຼັກສູດ ລາວ–ຈີນ' });
    const result = importXliff(copy.root, xml);
    expect(result.problems).toEqual([]);
    expect(result.changes).toEqual([{ id: 'ui:common:siteName', from: 'draft', to: 'draft', textChanged: true }]);
    expect(result.written.sort()).toEqual(['locales/lo/common.json']);
    expect((readUiStrings(copy.root).lo.common as Record<string, string>).siteName).toBe('ລາຍການມາດຕະຖານຫຼັກສູດ ລາວ–ຈີນ');
    expect(readUiStates(copy.root)?.lo?.['common:siteName']).toEqual({ state: 'draft', fingerprint: fingerprint((readUiStrings(copy.root).zh.common as Record<string, string>).siteName) });
  });

  it('refuses a string whose Chinese changed since the export, writing nothing', async () => {
    const before = localeSnapshot();
    const xml = editUnit(await exportUi('en'), 'ui:common:siteName', { state: 'translated', source: '旧的名称', target: 'Old name' });
    expect(importXliff(copy.root, xml).problems).toEqual(['ui:common:siteName: its Chinese source has changed since the file was exported: export it again']);
    expect(changedFiles(before, localeSnapshot())).toEqual([]);
  });
});
