import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/domain/translation/coverage.ts';
import { coverageCsv } from '../../src/domain/translation/coverage-csv.ts';
import { fingerprint } from '../../src/domain/translation/fingerprint.ts';
import { formatCoverage } from '../../src/domain/translation/coverage-print.ts';
import { belowThresholds, parseThresholds } from '../../src/domain/translation/coverage-threshold.ts';
import { countedTarget, countedZh, withFingerprints } from '../fixtures/coverage.ts';
import { makeStandard } from '../fixtures/standards.ts';

// Lao: 28 characters, 2 of them (the nature) stale; English: all 28 missing.
const standard = withFingerprints(makeStandard({ translation: { zh: 'source', lo: 'machine' }, text: { zh: countedZh(), lo: countedTarget('lo') } }));
standard.fingerprints!.lo!.nature = fingerprint('旧');
const ui = { zh: { common: { a: '一' } }, lo: { common: {} }, en: { common: { a: 'A' } } };
const report = computeCoverage({ standards: [standard], ui });

describe('--min thresholds', () => {
  it('reads language=percent pairs and explains a malformed one', () => {
    expect(parseThresholds('lo=80,en=95.5')).toEqual({ lo: 80, en: 95.5 });
    expect(parseThresholds('lo=80%')).toEqual({ lo: 80 });
    expect(parseThresholds('zh=80')).toEqual({ error: expect.stringContaining('"zh=80"') });
    expect(parseThresholds('lo=120')).toEqual({ error: expect.stringContaining('0-100') });
    expect(parseThresholds('')).toEqual({ error: expect.stringContaining('at least one') });
  });

  it('names each language below its minimum, on the exact share of Chinese characters translated', () => {
    // Lao: 26 of 28 characters = 92.857…%
    expect(belowThresholds(report, { lo: 92.8 })).toEqual([]);
    expect(belowThresholds(report, { lo: 92.9, en: 1 })).toEqual([
      'lo: 92.8% of the Chinese characters translated, below the minimum of 92.9%',
      'en: 0.0% of the Chinese characters translated, below the minimum of 1%',
    ]);
    const laoOnly = computeCoverage({ standards: [standard], ui }, { languages: ['lo'] });
    expect(belowThresholds(laoOnly, { en: 10 })).toEqual([expect.stringMatching(/^en: not in this report/)]);
  });
});

describe('terminal table', () => {
  it('prints the totals, the breakdowns and the interface strings with the same figures as the report', () => {
    const text = formatCoverage(report);
    expect(text).toMatch(/^Translation coverage of 1 records \(all collections\)/);
    expect(text).toMatch(/\nlo +texts +13 +0 +0 +0 +12 +1 +0 +92\.3%\n/);
    expect(text).toMatch(/\nlo +characters +28 +0 +0 +0 +26 +2 +0 +92\.8%\n/);
    expect(text).toMatch(/\nen +characters +28 +0 +0 +0 +0 +0 +28 +0\.0%\n/);
    expect(text).toMatch(/\nintl-course lo +texts +13 /);
    expect(text).toMatch(/\nnature lo +texts +1 +0 +0 +0 +0 +1 +0 +0\.0%\n/);
    // The interface strings' own table: one string, missing in Lao (approved, reviewed, draft, machine, stale, missing).
    expect(text).toMatch(/\nlo +texts +1 +0 +0 +0 +0 +0 +1 +0\.0%\n/);
    expect(text).toContain('  common:a  missing in lo  一');
  });
});

describe('CSV', () => {
  it('has one row per text and language, with a byte-order mark, and sums to the report', () => {
    const csv = coverageCsv([standard]);
    expect(csv.startsWith('\uFEFFunit_id,record,collection,section,language,state,stale,characters,source_zh,target\r\n')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n').slice(1).map((line) => line.split(','));
    expect(rows).toHaveLength(26);
    expect(rows[0]).toEqual(['ICC-01/title', 'ICC-01', 'intl-course', 'title', 'lo', 'machine', 'no', '2', '电池', 'lo title']);
    expect(rows.find((r) => r[0] === 'ICC-01/nature' && r[4] === 'lo')?.[6]).toBe('yes');
    expect(rows.find((r) => r[0] === 'ICC-01/units/0/requirements' && r[4] === 'en')).toEqual([
      'ICC-01/units/0/requirements', 'ICC-01', 'intl-course', 'units', 'en', 'missing', 'no', '4', '要求要求', '',
    ]);
    const loChars = rows.filter((r) => r[4] === 'lo').reduce((sum, r) => sum + Number(r[7]), 0);
    expect(loChars).toBe(28);
    expect(coverageCsv([standard], { languages: ['en'] }).trimEnd().split('\r\n')).toHaveLength(14);
  });

  it('leaves nothing a spreadsheet could run as a formula', () => {
    const risky = withFingerprints(makeStandard());
    risky.text.en!.title = '=HYPERLINK("x")';
    expect(coverageCsv([risky])).toContain(`,"'=HYPERLINK(""x"")"\r\n`);
  });
});
