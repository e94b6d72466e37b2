import { describe, expect, it } from 'vitest';
import { pickLocalized } from '../../src/domain/text/localize.ts';
import { pickStartLanguage } from '../../src/domain/site/start-language.ts';
import { suggestStandards } from '../../src/domain/browse/suggest.ts';
import { findStandard } from '../../src/domain/record/catalogue.ts';
import { makeSummary } from '../fixtures/standards.ts';

describe('pickLocalized', () => {
  const all = { zh: '电池', lo: 'ແບັດເຕີຣີ', en: 'Battery' };
  it('returns the wanted language when present', () => {
    expect(pickLocalized(all, 'lo')).toEqual({ value: 'ແບັດເຕີຣີ', lang: 'lo', fallback: false });
  });
  it('falls back lo → en → zh, en → zh, zh → en', () => {
    expect(pickLocalized({ zh: '电池', en: 'Battery' }, 'lo')).toEqual({ value: 'Battery', lang: 'en', fallback: true });
    expect(pickLocalized({ zh: '电池' }, 'lo')).toEqual({ value: '电池', lang: 'zh', fallback: true });
    expect(pickLocalized({ zh: '电池', lo: 'ແບັດເຕີຣີ' }, 'en')).toEqual({ value: '电池', lang: 'zh', fallback: true });
    expect(pickLocalized({ en: 'Battery', lo: 'ແບັດເຕີຣີ' }, 'zh')).toEqual({ value: 'Battery', lang: 'en', fallback: true });
  });
  it('never falls back to Lao for English or Chinese readers', () => {
    expect(pickLocalized({ lo: 'ແບັດເຕີຣີ' }, 'en')).toBeUndefined();
  });
});

describe('pickStartLanguage', () => {
  it('prefers the saved choice, then the browser languages, then Lao', () => {
    expect(pickStartLanguage('zh', ['en-US'])).toBe('zh');
    expect(pickStartLanguage(null, ['fr-FR', 'zh-TW', 'en'])).toBe('zh');
    expect(pickStartLanguage('klingon', ['en-GB'])).toBe('en');
    expect(pickStartLanguage(null, ['th-TH'])).toBe('lo');
    expect(pickStartLanguage(undefined, ['fr', 'de'])).toBe('lo');
  });
});

describe('finding and suggesting records', () => {
  const standards = [
    makeSummary({ id: 'LCS-01', aliases: ['LCS-99'] }),
    makeSummary({ id: 'LCS-02' }),
    { ...makeSummary({ id: 'ICC-04' }), titles: { zh: '铁路信号', en: 'Railway signalling' } },
  ];
  it('matches ids case-insensitively and through former ids', () => {
    expect(findStandard(standards, 'lcs-02')?.id).toBe('LCS-02');
    expect(findStandard(standards, 'LCS-99')?.id).toBe('LCS-01');
    expect(findStandard(standards, 'LCS-03')).toBeUndefined();
  });
  it('suggests the nearest ids and titles', () => {
    expect(suggestStandards(standards, 'LCS-03').map((s) => s.id)).toEqual(['LCS-02', 'LCS-01']);
    expect(suggestStandards(standards, 'railway signaling').map((s) => s.id)).toContain('ICC-04');
    expect(suggestStandards(standards, '\u0000'.repeat(5000))).toEqual([]);
  });
});
