import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/domain/translation/coverage.ts';
import { fingerprint } from '../../src/domain/translation/fingerprint.ts';
import { textStatuses } from '../../src/domain/translation/coverage-state.ts';
import { displayPercent, translatedPercent } from '../../src/domain/translation/coverage-tally.ts';
import type { UiStrings } from '../../src/domain/translation/ui-coverage.ts';
import type { CourseStandard } from '../../src/domain/record/schema.ts';
import { countedTarget, countedZh, withFingerprints } from '../fixtures/coverage.ts';
import { makeStandard } from '../fixtures/standards.ts';

/**
 * ICC-01: Lao machine-translated, except its summary (draft); its nature is stale (translated from an older
 * Chinese text) and its second skill missing. English draft throughout.
 * LCS-01: Lao approved (an official record), no English at all.
 */
function fixtures(): CourseStandard[] {
  const lo = countedTarget('lo');
  lo.objectives.skills = ['lo skill'];
  const intl = withFingerprints(
    makeStandard({ translation: { zh: 'source', lo: 'machine', en: 'draft' }, textStates: { lo: { summary: 'draft' } }, text: { zh: countedZh(), lo, en: countedTarget('en') } }),
  );
  intl.fingerprints!.lo!.nature = fingerprint('旧的性质');
  const lao = withFingerprints(
    makeStandard({ id: 'LCS-01', collection: 'lao-course', provenance: 'official', translation: { zh: 'source', lo: 'approved' }, text: { zh: countedZh(), lo: countedTarget('lo') } }),
  );
  return [lao, intl];
}

const ui: UiStrings = {
  zh: { common: { nav: { home: '首页' }, results_other: '{{count}}项' } },
  lo: { common: { nav: { home: 'ໜ້າຫຼັກ' } } },
  en: { common: { nav: { home: 'Home' }, results_one: '{{count}} item', results_other: '{{count}} items' } },
};

describe('computeCoverage', () => {
  const report = computeCoverage({ standards: fixtures(), ui });

  it('counts every text by state, stale and missing ones apart, in texts and in Chinese characters', () => {
    expect(report.totals.lo).toEqual({
      texts: { approved: 13, draft: 1, machine: 10, stale: 1, missing: 1 },
      chars: { approved: 28, draft: 3, machine: 22, stale: 2, missing: 1 },
    });
    expect(report.totals.en).toEqual({ texts: { draft: 13, missing: 13 }, chars: { draft: 28, missing: 28 } });
  });

  it('counts stale and missing texts as untranslated', () => {
    expect(translatedPercent(report.totals.lo!, 'texts')).toBeCloseTo((24 / 26) * 100);
    expect(translatedPercent(report.totals.lo!, 'chars')).toBeCloseTo((53 / 56) * 100);
    expect(displayPercent(translatedPercent(report.totals.lo!, 'chars'))).toBe(94.6);
    expect(translatedPercent(report.totals.en!, 'texts')).toBe(50);
  });

  it('never rounds a nearly complete translation up to 100%', () => {
    expect(displayPercent(99.96)).toBe(99.9);
    expect(displayPercent(100)).toBe(100);
  });

  it('breaks the totals down by collection and by section', () => {
    expect(report.byCollection['lao-course']).toEqual({ lo: { texts: { approved: 13 }, chars: { approved: 28 } }, en: { texts: { missing: 13 }, chars: { missing: 28 } } });
    expect(report.byCollection['intl-course']?.lo?.texts).toEqual({ draft: 1, machine: 10, stale: 1, missing: 1 });
    expect(report.bySection.objectives?.lo).toEqual({
      texts: { approved: 4, machine: 3, missing: 1 },
      chars: { approved: 7, machine: 6, missing: 1 },
    });
    expect(report.bySection.nature?.lo?.texts).toEqual({ approved: 1, stale: 1 });
  });

  it('points each record and section at its most urgent text', () => {
    const intl = report.records.find((r) => r.id === 'ICC-01')!;
    const attention = Object.fromEntries(intl.languages.lo!.map((s) => [s.section, s.attention]));
    expect(attention).toEqual({
      title: 'title',
      summary: 'summary',
      nature: 'nature',
      objectives: 'objectives/skills/1',
      units: 'units/0/title',
      assessment: 'assessment',
      implementation: 'implementation/methods',
    });
    const lao = report.records.find((r) => r.id === 'LCS-01')!;
    expect(lao.languages.lo!.every((s) => s.attention === undefined)).toBe(true);
  });

  it('filters by language and by collection', () => {
    const lao = computeCoverage({ standards: fixtures(), ui }, { languages: ['lo'], collection: 'lao-course' });
    expect(lao.languages).toEqual(['lo']);
    expect(lao.records.map((r) => r.id)).toEqual(['LCS-01']);
    expect(lao.totals).toEqual({ lo: { texts: { approved: 13 }, chars: { approved: 28 } } });
    expect(Object.keys(lao.ui.tallies)).toEqual(['lo']);
  });

  it('counts interface strings present in Lao or English as draft and absent ones as missing, plural forms once', () => {
    expect(report.ui.tallies).toEqual({
      lo: { texts: { draft: 1, missing: 1 }, chars: { draft: 2, missing: 10 } },
      en: { texts: { draft: 2 }, chars: { draft: 12 } },
    });
    expect(report.ui.untranslated).toEqual([{ namespace: 'common', key: 'results', source: '{{count}}项', missingIn: ['lo'] }]);
  });
});

describe('stale translations', () => {
  const fresh = () => withFingerprints(makeStandard());
  const stale = (standard: CourseStandard, lang: 'lo' | 'en') => textStatuses(standard, lang).filter((s) => s.stale).map((s) => s.path);

  it('finds none while the Chinese is what the translations were made from', () => {
    expect(stale(fresh(), 'lo')).toEqual([]);
    expect(stale(fresh(), 'en')).toEqual([]);
  });

  it('marks a translation stale once its Chinese source is edited, in every language, and nothing else', () => {
    const edited = fresh();
    edited.text.zh.summary = '改写后的概述。';
    expect(stale(edited, 'lo')).toEqual(['summary']);
    expect(stale(edited, 'en')).toEqual(['summary']);
    expect(textStatuses(edited, 'lo').find((s) => s.path === 'summary')?.state).toBe('machine');
  });

  it('does not call a text stale for a change Unicode normalisation undoes', () => {
    const decomposed = makeStandard();
    decomposed.text.zh.title = 'Cafe\u0301';
    const standard = withFingerprints(decomposed);
    standard.text.zh.title = 'Café';
    expect(stale(standard, 'lo')).toEqual([]);
  });

  it('shows an objective inserted into the Chinese as shifting the ones after it: stale, and the last one missing', () => {
    const edited = fresh();
    edited.text.zh.objectives.knowledge.unshift('新增的知识目标');
    const statuses = textStatuses(edited, 'lo').filter((s) => s.path.startsWith('objectives/knowledge/'));
    expect(statuses.map((s) => [s.path, s.stale, s.state])).toEqual([
      ['objectives/knowledge/0', true, 'machine'],
      ['objectives/knowledge/1', false, 'missing'],
    ]);
  });

  it('treats a translated text without a fingerprint as stale: nothing says what it was made from', () => {
    expect(stale(makeStandard(), 'lo')).toHaveLength(14);
  });
});
