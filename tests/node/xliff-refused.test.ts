import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importXliff } from '../../src/node/translation/xliff-import-files.ts';
import { changedFiles, copyOfStandards, editUnit, exportFrom, snapshot } from '../fixtures/xliff.ts';

let copy: ReturnType<typeof copyOfStandards>;
let before: Map<string, string>;
/** An export of two records with one good change in it, which must not be written when anything else is wrong. */
let good: string;

beforeEach(async () => {
  copy = copyOfStandards();
  good = editUnit(await exportFrom(copy.root, 'lo', undefined, ['LCS-01', 'ICC-03']), 'ICC-03.title', { state: 'translated', target: 'ຊື່ໃໝ່' });
  before = snapshot(copy.root);
});
afterEach(() => copy.remove());

/** Imports, expects it refused with problems matching `expected`, and every file exactly as it was. */
function refused(xml: string, expected: RegExp[], lang?: 'lo' | 'en') {
  const result = importXliff(copy.root, xml, lang);
  expect(result.written).toEqual([]);
  for (const pattern of expected) expect(result.problems).toContainEqual(expect.stringMatching(pattern));
  expect(changedFiles(before, snapshot(copy.root))).toEqual([]);
  return result;
}

describe('a refused XLIFF import writes nothing at all', { timeout: 20_000 }, () => {
  it('the good change alone would be written', () => {
    expect(importXliff(copy.root, good).written).toEqual(['standards/intl-course/ICC-03.yaml']);
  });

  it('a malformed file', () => {
    refused(good.slice(0, good.length / 2), [/^not well-formed XML: .*\(line \d+, column \d+\)$/]);
    refused('<html><body>not a translation</body></html>', [/^not an XLIFF 2 document/]);
    refused(good.replace('version="2.0"', 'version="1.2"'), [/^XLIFF version 1\.2: only XLIFF 2\.x files are read$/]);
  });

  it('an unknown unit id', () => {
    refused(good.replace('id="LCS-01.units.2.title"', 'id="LCS-01.units.9.title"'), [/^LCS-01\/units\/9\/title: unknown unit id: LCS-01 has no Chinese text units\/9\/title$/]);
    refused(good.replace('id="LCS-01.title"', 'id="LCS-99.title"'), [/^LCS-99\/title: unknown unit id: there is no record LCS-99$/]);
    refused(good.replace('id="LCS-01.title"', 'id="chapter-one"'), [/^chapter-one: unknown unit id/]);
    refused(good.replace('id="LCS-01.nature"', 'id="LCS-01.summary"'), [/^LCS-01\/summary: appears more than once in the file$/]);
  });

  it('the wrong target or source language', () => {
    refused(good.replace('trgLang="lo"', 'trgLang="th"'), [/^the target language is th, but the records are translated into lo \(Lao\) or en \(English\)$/]);
    refused(good, [/^the file translates into lo, not en as --lang says$/], 'en');
    refused(good.replace('srcLang="zh"', 'srcLang="en"'), [/^the source language is en, but the records are translated from zh/]);
  });

  it('a unit whose Chinese source changed since the export', () => {
    const file = join(copy.root, 'standards/lao-course/LCS-01.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    title: 新能源汽车高压安全与防护', '    title: 新能源汽车高压安全防护'));
    before = snapshot(copy.root);
    refused(good, [/^LCS-01\/title: its Chinese source has changed since the file was exported: export it again/]);
  });

  it('a reviewed (final) text on an illustrative record: its provenance must change first', () => {
    const xml = editUnit(good, 'LCS-01.summary', { state: 'final', target: 'ສະຫຼຸບທີ່ກວດແກ້ແລ້ວ.' });
    refused(xml, [/^LCS-01\/summary: final would make it reviewed, but LCS-01 is an illustrative record, whose texts are never human-reviewed: a reviewer must first change its provenance to official$/]);
    refused(editUnit(good, 'LCS-01.nature', { state: 'reviewed' }), [/^LCS-01\/nature: reviewed would make it reviewed/]);
  });

  it('a target that is empty, carries markup, or would not validate', () => {
    refused(editUnit(good, 'LCS-01.summary', { state: 'translated', target: '  ' }), [/^LCS-01\/summary: its state is translated but its target is empty$/]);
    refused(editUnit(good, 'LCS-01.summary', { state: 'translated', target: 'ກ <pc id="1">ຂ</pc>' }), [/^LCS-01\.summary: the target contains markup \(<pc>\), but record texts are plain text$/]);
    refused(editUnit(good, 'LCS-01.summary', { state: 'translated', target: '&lt;b&gt;ໜາ&lt;/b&gt;' }), [
      /^the records would not validate after this import:$/,
      /^standards\/lao-course\/LCS-01\.yaml:\d+ {2}text\.lo\.summary: must be plain text: HTML tags are not allowed$/,
    ]);
    refused(good.replace('<segment state="initial" subState="lcs:machine">', '<segment state="done">'), [/state "done" is not an XLIFF 2 state \(initial, translated, reviewed, final\)$/]);
  });

  it('a record file the yaml library would not write back byte for byte', () => {
    const file = join(copy.root, 'standards/intl-course/ICC-03.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^partners: \[(.*)\]$/m, 'partners: [ $1 ]'));
    before = snapshot(copy.root);
    refused(good, [/^standards\/intl-course\/ICC-03\.yaml: not edited, because the yaml library would not write it back byte for byte/]);
  });
});

describe('npm run xliff:import', () => {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const run = (...args: string[]) => spawnSync(tsx, ['scripts/xliff-import.ts', ...args, '--root', copy.root], { encoding: 'utf8' });

  // Two runs of the script through tsx: slower than the in-process tests.
  it('exits 1 naming each problem, and 0 after importing', { timeout: 30_000 }, () => {
    const bad = join(copy.root, 'bad.xlf');
    writeFileSync(bad, good.replace('id="LCS-01.title"', 'id="LCS-99.title"'));
    const failed = run(bad);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`Nothing written: ${bad} has a problem:\n  LCS-99/title: unknown unit id: there is no record LCS-99`);
    expect(changedFiles(before, snapshot(copy.root))).toEqual([]);

    const ok = join(copy.root, 'ok.xlf');
    writeFileSync(ok, good);
    const imported = run(ok);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe('  ICC-03/title  machine → draft  (new text)\nImported 1 text into 1 record file.\n');
    expect(imported.status).toBe(0);
  });
});
