import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/domain/translation/coverage.ts';
import { formatCoverage } from '../../src/domain/translation/coverage-print.ts';
import { readEditableCatalogue } from '../../src/node/catalogue/record-files.ts';
import { importXliff } from '../../src/node/translation/xliff-import-files.ts';
import { withFingerprints } from '../fixtures/coverage.ts';
import { makeStandard } from '../fixtures/standards.ts';
import { addRecord, changedFiles, copyOfStandards, editUnit, exportFrom, readRecordFile, snapshot } from '../fixtures/xliff.ts';

let copy: ReturnType<typeof copyOfStandards> | undefined;
afterEach(() => copy?.remove());

/** A reviewer's CAT tool: the unit marked, with the reviewer's name and the date in its notes. */
function reviewed(xml: string, unitId: string, state: string, by = 'Somphone K.', date = '2026-11-30'): string {
  const marked = editUnit(xml, unitId, { state });
  return marked.replace(new RegExp(`(<unit id="${unitId.replaceAll('.', '\\.')}"[^>]*>)`), `$1\n        <notes><note category="reviewer">${by}</note><note category="reviewed-on">${date}</note></notes>`);
}

describe('a reviewer\'s path: an XLIFF marked reviewed, with who and when', { timeout: 30_000 }, () => {
  it('makes the text reviewed and records who reviewed it and when, shown by the coverage report', async () => {
    copy = copyOfStandards();
    addRecord(copy.root, withFingerprints(makeStandard({ id: 'ICC-21', provenance: 'official' })));
    const xml = reviewed(await exportFrom(copy.root, 'en', undefined, ['ICC-21']), 'ICC-21.assessment', 'reviewed');
    const result = importXliff(copy.root, xml);
    expect(result.problems).toEqual([]);
    expect(result.changes).toEqual([{ id: 'ICC-21/assessment', from: 'draft', to: 'reviewed', textChanged: false }]);
    const record = parse(readRecordFile(copy.root, 'standards/intl-course/ICC-21.yaml'));
    expect(record.textStates).toEqual({ en: { assessment: 'reviewed' } });
    expect(record.reviews).toEqual({ en: { assessment: { by: 'Somphone K.', date: '2026-11-30' } } });

    const editable = readEditableCatalogue(copy.root);
    if ('problems' in editable) throw new Error('the catalogue should validate');
    const report = computeCoverage({ standards: editable.catalogue.standards, ui: { zh: {}, lo: {}, en: {} } });
    expect(report.reviews).toEqual([{ id: 'ICC-21/assessment', lang: 'en', by: 'Somphone K.', date: '2026-11-30' }]);
    expect(formatCoverage(report)).toContain('  ICC-21/assessment  en  Somphone K.  2026-11-30');

    // Importing the same file again changes nothing; a later draft of the text drops the reviewer.
    expect(importXliff(copy.root, xml).changes).toEqual([]);
    const redrafted = editUnit(await exportFrom(copy.root, 'en', undefined, ['ICC-21']), 'ICC-21.assessment', { state: 'translated', target: 'A new assessment.' });
    expect(importXliff(copy.root, redrafted).problems).toEqual([]);
    expect(parse(readRecordFile(copy.root, 'standards/intl-course/ICC-21.yaml')).reviews).toBeUndefined();
  });

  it('never makes an illustrative record\'s text reviewed, and refuses a reviewer on an unreviewed unit', async () => {
    copy = copyOfStandards();
    const before = snapshot(copy.root);
    const xml = await exportFrom(copy.root, 'lo', undefined, ['LCS-01']);
    const illustrative = importXliff(copy.root, reviewed(xml, 'LCS-01.summary', 'final'));
    expect(illustrative.problems).toEqual([expect.stringMatching(/^LCS-01\/summary: final would make it reviewed, but LCS-01 is an illustrative record/)]);
    const notReviewed = importXliff(copy.root, reviewed(xml, 'LCS-01.summary', 'translated'));
    expect(notReviewed.problems).toEqual(['LCS-01/summary: names a reviewer (Somphone K.) but its state is translated: mark it reviewed or final']);
    expect(changedFiles(before, snapshot(copy.root))).toEqual([]);
  });
});
