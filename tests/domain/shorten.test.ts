import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/domain/text/shorten.ts';

const isWellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('shorten', () => {
  it('keeps a short text as it is', () => {
    expect(shorten('LCS-05', 40)).toBe('LCS-05');
  });

  it('never splits an emoji or a flag', () => {
    const cut = shorten('😀'.repeat(30) + '🇱🇦'.repeat(30), 45);
    expect(isWellFormed(cut)).toBe(true);
    expect(cut).toBe(`${'😀'.repeat(30)}${'🇱🇦'.repeat(15)}…`);
  });

  it('never parts a Lao consonant from its stacked vowel and tone marks', () => {
    // ນໍ້າ is two graphemes: ນ with its stacked ໍ and ້, then າ. A cut after three keeps the marks on the second ນ.
    expect(shorten('ນໍ້າ'.repeat(5), 3)).toBe('ນໍ້ານໍ້…');
  });
});
