import { describe, expect, it } from 'vitest';
import { coverageFormat } from '../../src/components/translation/coverage-format.ts';

describe('coverageFormat', () => {
  it('writes Lao figures with Lao separators, whatever number data the runtime has', () => {
    const lo = coverageFormat('lo');
    expect(lo.count(1240)).toBe('1.240');
    expect(lo.count(1234567)).toBe('1.234.567');
    expect(lo.percent(92.37)).toBe('92,3%');
    expect(lo.percent(100)).toBe('100,0%');
  });

  it('writes Chinese and English figures the English way', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(coverageFormat(lang).count(1240)).toBe('1,240');
      expect(coverageFormat(lang).percent(92.37)).toBe('92.3%');
    }
  });
});
