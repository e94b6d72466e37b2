import { describe, expect, it } from 'vitest';
import { splitAtLaoRepeatMarks } from '../../src/domain/text/lao-line-breaks.ts';

describe('ໆ never begins a line', () => {
  it('keeps each ໆ with the character before it, and the text as written', () => {
    const text = 'ຕ່າງໆ ແລະ ນ້ອຍ ໆ ດີ';
    const pieces = splitAtLaoRepeatMarks(text);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.keepTogether).map((p) => p.text)).toEqual(['ງໆ', 'ຍ ໆ']);
    expect(splitAtLaoRepeatMarks('ບໍ່ມີ')).toEqual([{ text: 'ບໍ່ມີ', keepTogether: false }]);
  });
});
