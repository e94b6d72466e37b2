import { courseRecord } from '../fixtures/standards.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/domain/translation/fingerprint.ts';
import { textStatuses } from '../../src/domain/translation/coverage-state.ts';
import { readEditableCatalogue } from '../../src/node/catalogue/record-files.ts';
import { importXliff } from '../../src/node/translation/xliff-import-files.ts';
import { withFingerprints } from '../fixtures/coverage.ts';
import { makeStandard } from '../fixtures/standards.ts';
import { addRecord, changedFiles, copyOfStandards, editUnit, exportFrom, readRecordFile, snapshot } from '../fixtures/xliff.ts';
import { realCounts } from '../fixtures/real-catalogue.ts';

let copy: ReturnType<typeof copyOfStandards>;
afterEach(() => copy?.remove());

const recordOf = (root: string, id: string) => {
  const editable = readEditableCatalogue(root);
  if ('problems' in editable) throw new Error(editable.problems.map((p) => `${p.file} ${p.path} ${p.message}`).join('\n'));
  return editable.catalogue.standards.find((s) => s.id === id)!;
};
/** The lines an edit added and removed (a line that occurs twice counts twice). */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const minus = (from: string[], other: string[]) => {
    const left = new Map<string, number>();
    for (const line of other) left.set(line, (left.get(line) ?? 0) + 1);
    return from.filter((line) => {
      const n = left.get(line) ?? 0;
      left.set(line, n - 1);
      return n <= 0;
    });
  };
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: minus(a, b), added: minus(b, a) };
}

// Each test reads and validates a copy of the whole catalogue, several times.
describe('XLIFF round trip', { timeout: 20_000 }, () => {
  it('imports an export of the unchanged catalogue, glossary entries and all, without changing a byte of any file, in both languages', async () => {
    copy = copyOfStandards();
    const before = snapshot(copy.root);
    for (const lang of ['lo', 'en'] as const) {
      const xml = await exportFrom(copy.root, lang);
      expect(xml.match(/<unit /g)).toHaveLength(realCounts.texts);
      // The termbase's concepts travel with the units (Glossary module) and the import leaves them aside.
      expect(xml).toContain('<gls:glossEntry ');
      const result = importXliff(copy.root, xml);
      expect(result).toEqual({ problems: [], warnings: [], changes: [], written: [] });
    }
    expect(changedFiles(before, snapshot(copy.root))).toEqual([]);
  });

  it('writes XLIFF 2.0 with the Chinese source, the current target, a state and a stable id per text', async () => {
    copy = copyOfStandards();
    const xml = await exportFrom(copy.root, 'lo', undefined, ['LCS-01']);
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2\.0" version="2\.0" srcLang="zh" trgLang="lo">/);
    expect(xml).toContain('<file id="LCS-01">');
    expect(xml).toContain('<unit id="LCS-01.units.2.requirements" name="LCS-01/units/2/requirements" canResegment="no">');
    expect(xml).toContain('<segment state="initial" subState="lcs:machine">\n        <source>新能源汽车高压安全与防护</source>\n        <target>ຄວາມປອດໄພ');
    const en = await exportFrom(copy.root, 'en', ['draft'], ['LCS-01']);
    expect(en.match(/<segment state="translated" subState="lcs:draft">/g)).toHaveLength(28);
  });

  it('imports a changed text as a draft, moves a confirmed machine translation to draft, and touches nothing else', async () => {
    copy = copyOfStandards();
    const file = 'standards/lao-course/LCS-01.yaml';
    const original = readRecordFile(copy.root, file);
    let xml = await exportFrom(copy.root, 'lo', ['machine'], ['LCS-01', 'LCS-02']);
    xml = editUnit(xml, 'LCS-01.units.2.requirements', { state: 'translated', target: 'ຂໍ້ຄວາມໃໝ່ຂອງບົດທີ 3.' });
    xml = editUnit(xml, 'LCS-01.title', { state: 'translated' });
    const before = snapshot(copy.root);

    const result = importXliff(copy.root, xml);
    expect(result.problems).toEqual([]);
    expect(result.changes).toEqual([
      { id: 'LCS-01/title', from: 'machine', to: 'draft', textChanged: false },
      { id: 'LCS-01/units/2/requirements', from: 'machine', to: 'draft', textChanged: true },
    ]);
    expect(changedFiles(before, snapshot(copy.root))).toEqual(['lao-course/LCS-01.yaml']);

    const updated = readRecordFile(copy.root, file);
    const { removed, added } = lineDiff(original, updated);
    expect(removed).toEqual([expect.stringMatching(/^ {8}requirements: ສາມາດປິດສະວິດສະຕາດ/)]);
    expect(added.sort()).toEqual(['textStates:', '  lo:', '    title: draft', '    units/2/requirements: draft', '        requirements: ຂໍ້ຄວາມໃໝ່ຂອງບົດທີ 3.'].sort());
    // The new block sits after `translation`, before `text`; comments and everything else are as they were.
    expect(updated.startsWith('# Illustrative record')).toBe(true);
    expect(updated).toMatch(/\ntranslation:\n {2}zh: source\n {2}lo: machine\n {2}en: draft\ntextStates:\n/);
    const record = recordOf(copy.root, 'LCS-01');
    const states = Object.fromEntries(textStatuses(record, 'lo').map((s) => [s.path, s.state]));
    expect(states['units/2/requirements']).toBe('draft');
    expect(states['units/2/title']).toBe('machine');
    // Importing the same file again changes nothing more.
    expect(importXliff(copy.root, xml).changes).toEqual([]);
  });

  it('carries an inspection standard\'s items, terms and references like any other text', async () => {
    copy = copyOfStandards();
    let xml = await exportFrom(copy.root, 'lo', ['machine'], ['EIS-01']);
    for (const id of ['EIS-01.references.0', 'EIS-01.terms.0.definition', 'EIS-01.items.1.requirements']) expect(xml).toContain(`<unit id="${id}"`);
    xml = editUnit(xml, 'EIS-01.items.1.requirements', { state: 'translated', target: 'ຂໍ້ກຳນົດໃໝ່ຂອງລາຍການທີ 2.' });
    const before = snapshot(copy.root);
    const result = importXliff(copy.root, xml);
    expect(result.problems).toEqual([]);
    expect(result.changes).toEqual([{ id: 'EIS-01/items/1/requirements', from: 'machine', to: 'draft', textChanged: true }]);
    expect(changedFiles(before, snapshot(copy.root))).toEqual(['inspection/EIS-01.yaml']);
    const record = recordOf(copy.root, 'EIS-01');
    const states = Object.fromEntries(textStatuses(record, 'lo').map((s) => [s.path, s.state]));
    expect([states['items/1/requirements'], states['items/1/title'], states['terms/0/definition']]).toEqual(['draft', 'machine', 'machine']);
  });

  it('refreshes the fingerprint of a stale text when its translation comes back', async () => {
    copy = copyOfStandards();
    const file = join(copy.root, 'standards/lao-course/LCS-02.yaml');
    const edited = readFileSync(file, 'utf8').replace('    summary: 本课程', '    summary: 【修订】本课程');
    writeFileSync(file, edited);
    const stale = () => textStatuses(recordOf(copy.root, 'LCS-02'), 'lo').filter((s) => s.stale).map((s) => s.path);
    expect(stale()).toEqual(['summary']);

    let xml = await exportFrom(copy.root, 'lo', ['stale']);
    expect(xml.match(/<unit /g)).toHaveLength(1);
    expect(xml).toContain('<note>The Chinese source changed after this translation was made');
    expect(xml).toMatch(/<segment state="initial" subState="lcs:draft">\n {8}<source>【修订】/);
    xml = editUnit(xml, 'LCS-02.summary', { state: 'translated' });

    expect(importXliff(copy.root, xml).changes).toEqual([{ id: 'LCS-02/summary', from: 'draft', to: 'draft', textChanged: false }]);
    expect(stale()).toEqual([]);
    const record = parse(readFileSync(file, 'utf8'));
    expect(record.fingerprints.lo.summary).toBe(fingerprint(record.text.zh.summary));
    expect(record.fingerprints.en.summary).not.toBe(fingerprint(record.text.zh.summary));
  });

  it('makes a text reviewed on an official record (XLIFF final), and one state for the record when all texts share it', async () => {
    copy = copyOfStandards();
    addRecord(copy.root, withFingerprints(makeStandard({ id: 'ICC-21', provenance: 'official' })));
    const file = 'standards/intl-course/ICC-21.yaml';
    let xml = await exportFrom(copy.root, 'en', undefined, ['ICC-21']);
    xml = editUnit(xml, 'ICC-21.assessment', { state: 'final', target: 'A written and a practical examination.' });
    expect(importXliff(copy.root, xml).changes).toEqual([{ id: 'ICC-21/assessment', from: 'draft', to: 'reviewed', textChanged: true }]);
    expect(parse(readRecordFile(copy.root, file)).textStates).toEqual({ en: { assessment: 'reviewed' } });

    let all = await exportFrom(copy.root, 'en', undefined, ['ICC-21']);
    for (const id of all.match(/(?<=<unit id=")[^"]+/g)!) all = editUnit(all, id, { state: 'final' });
    expect(importXliff(copy.root, all).problems).toEqual([]);
    const record = parse(readRecordFile(copy.root, file));
    expect(record.translation.en).toBe('reviewed');
    expect(record.textStates).toBeUndefined();
    expect(record.text.en.assessment).toBe('A written and a practical examination.');
  });

  it('keeps an approved text approved when the file gives it back unchanged', async () => {
    copy = copyOfStandards();
    addRecord(copy.root, withFingerprints(makeStandard({ id: 'ICC-21', provenance: 'official', translation: { zh: 'source', lo: 'approved', en: 'draft' } })));
    const before = snapshot(copy.root);
    const xml = await exportFrom(copy.root, 'lo', undefined, ['ICC-21']);
    expect(xml).toContain('<segment state="final" subState="lcs:approved">');
    expect(importXliff(copy.root, xml).changes).toEqual([]);
    expect(changedFiles(before, snapshot(copy.root))).toEqual([]);
  });

  it('creates a whole translation for a record that had none, when the file carries every text', async () => {
    copy = copyOfStandards();
    const standard = withFingerprints(makeStandard({ id: 'ICC-21', translation: { zh: 'source', en: 'draft' } }));
    delete standard.text.lo;
    delete standard.fingerprints!.lo;
    addRecord(copy.root, standard);
    let xml = await exportFrom(copy.root, 'lo', ['missing'], ['ICC-21']);
    const ids = xml.match(/(?<=<unit id=")[^"]+/g)!;
    expect(ids).toHaveLength(14);
    const partial = editUnit(xml, ids[0], { state: 'translated', target: 'ຊື່' });
    expect(importXliff(copy.root, partial).problems).toEqual([expect.stringMatching(/^ICC-21: has no lo text yet, so the file must carry all 14 of its texts/)]);
    for (const id of ids) xml = editUnit(xml, id, { state: 'translated', target: `ລາວ ${id}` });
    expect(importXliff(copy.root, xml).problems).toEqual([]);
    const record = recordOf(copy.root, 'ICC-21');
    expect(record.translation.lo).toBe('draft');
    expect(courseRecord(record).text.lo?.units.map((u) => [u.title, u.hours])).toEqual([['ລາວ ICC-21.units.0.title', 10], ['ລາວ ICC-21.units.1.title', 22]]);
    expect(textStatuses(record, 'lo').every((s) => s.state === 'draft' && !s.stale)).toBe(true);
  });
});
