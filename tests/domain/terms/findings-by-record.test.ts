import { describe, expect, it } from 'vitest';
import { checkTerms } from '../../../src/domain/terms/check-terms.ts';
import { findingsByRecord } from '../../../src/domain/terms/findings-by-record.ts';
import { fixtureGlossary } from '../../fixtures/glossary.ts';
import { makeStandard } from '../../fixtures/standards.ts';

/** The fixture record with its Lao texts in Lao letters only (the fixture writes "lo summary of …"). */
const record = (id: string) => {
  const standard = makeStandard({ id });
  standard.text.lo = JSON.parse(JSON.stringify(standard.text.lo).replace(/[A-Za-z]+/g, 'ຂໍ້ຄວາມ'));
  return standard;
};

describe('terminology findings for the coverage page', () => {
  it('groups the check’s findings by record, in id order, and by language, leaving out records without one', () => {
    const drifted = record('LCS-03');
    drifted.text.zh!.summary = '本课程标准规定动力电池的检测。';
    drifted.text.lo!.summary = 'ມາດຕະຖານວິຊານີ້ກຳນົດການກວດແບັດເຕີຣີຂັບເຄື່ອນ.';
    drifted.text.en!.summary = 'This course standard covers testing the power cell.';
    const clean = record('CDS-02');
    const other = record('ICC-09');
    other.text.lo!.title = 'ການບຳລຸງຮັກສາ BMS';

    const grouped = findingsByRecord(checkTerms([drifted, clean, other], fixtureGlossary));
    expect(grouped.map((r) => r.record)).toEqual(['ICC-09', 'LCS-03']);
    const lcs = grouped[1].byLang;
    expect(lcs.lo).toEqual([{ kind: 'forbidden-form', path: 'summary', concept: 'course-standard', found: 'ມາດຕະຖານວິຊາ', expected: 'ມາດຕະຖານຫຼັກສູດ' }]);
    expect(lcs.en).toEqual([{ kind: 'forbidden-form', path: 'summary', concept: 'traction-battery', found: 'power cell', expected: 'traction battery' }]);
    expect(lcs.zh).toBeUndefined();
    expect(grouped[0].byLang.lo).toEqual([{ kind: 'foreign-script', path: 'title', found: 'BMS', expected: expect.any(String) }]);
  });
});
