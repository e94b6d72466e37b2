import { describe, expect, it } from 'vitest';
import { compactText, foldWithOrigin, normalizeText, shiftThaiToLao } from '../../src/domain/search/normalize.ts';
import fc from 'fast-check';
import { latinWords } from '../../src/domain/search/latin-words.ts';

describe('normalizeText', () => {
  it.each([
    ['ຫຼວງ', 'ຫລວງ', 'subscript lo ຼ equals ລ'],
    ['ໜ້າ', 'ຫນ້າ', 'ligature ໜ equals ຫນ'],
    ['ໝາກ', 'ຫມາກ', 'ligature ໝ equals ຫມ'],
    ['ນໍ້າ', 'ນ້ໍາ', 'ໍ before or after the tone mark'],
    ['ນ້ຳ', 'ນໍ້າ', 'ຳ equals ໍ + າ'],
    ['໑໒໓ ๔๕', '123 45', 'Lao and Thai digits'],
    ['Ｌａｏ　ＣＨＩＮＡ', 'lao china', 'full-width Latin and ideographic space'],
    ['Café  Crème', 'cafe creme', 'Latin accents and collapsed spaces'],
    ['Cafe\u0301', 'cafe', 'a decomposed Latin accent'],
    ['ລາວ\u200bຈີນ\u00ad', 'ລາວຈີນ', 'zero-width space and soft hyphen'],
    ['dònglì', 'dongli', 'pinyin tone marks'],
  ])('%s = %s (%s)', (a, b) => {
    expect(normalizeText(a)).toBe(normalizeText(b));
  });

  it('keeps Lao vowels and tone marks: ຂ່າວ (news) is not ຂາວ (white)', () => {
    expect(normalizeText('ຂ່າວ')).not.toBe(normalizeText('ຂາວ'));
    expect(normalizeText('ເກົ້າ')).not.toBe(normalizeText('ເກົາ'));
    expect(normalizeText('ກິນ')).not.toBe(normalizeText('ກີນ'));
  });

  it('does not strip marks from non-Latin scripts', () => {
    expect(normalizeText('ສຶກສາ')).toBe('ສຶກສາ');
    expect(normalizeText('Ελλάδα')).toBe('ελλάδα');
  });

  it('compacts away spaces and punctuation for matching', () => {
    expect(compactText('LCS-03 新能源，汽车')).toBe('lcs03新能源汽车');
  });

  it('remembers where each character came from, through ligatures and reordering', () => {
    const folded = foldWithOrigin('xໜ້າ');
    expect(folded.text).toBe('xຫນ້າ');
    expect(folded.origin).toEqual([0, 1, 1, 2, 3]);
    const reordered = foldWithOrigin('ນ້ໍາ');
    expect(reordered.text).toBe('ນໍ້າ');
    expect(reordered.origin).toEqual([0, 2, 1, 3]);
  });

  it('shifts Thai code points typed on a Thai layout into the Lao block', () => {
    expect(shiftThaiToLao('กาเฟลาว')).toBe('ກາເຟລາວ');
    expect(shiftThaiToLao('abc ລາວ')).toBe('abc ລາວ');
  });
});

describe('compactText and foldWithOrigin agree', () => {
  it('on every text of the catalogue', async () => {
    const { loadCatalogueOrExit } = await import('../../src/node/catalogue/load-catalogue.ts');
    const texts = loadCatalogueOrExit().standards.flatMap((s) => Object.values(s.text).map((t) => JSON.stringify(t)));
    for (const text of texts) expect(compactText(text)).toBe(foldWithOrigin(text, true).text);
  });

  it('on random text in any script', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom(...'ຫຼນໍ້າ່ຳໜໝΣσςÉé\u0301໑๒ Ａ'), maxLength: 40 }), (a, b) => {
        const text = a + b;
        expect(compactText(text)).toBe(foldWithOrigin(text, true).text);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('latinWords folds plain ASCII words by case alone', () => {
  it('gives the same words as the full normalisation', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aZ09qQxX-é ʼﬁ'.split('')), maxLength: 20 }), (text) => {
        for (const { word, start, end } of latinWords(text, false)) expect(word).toBe(compactText(text.slice(start, end)));
      }),
      { numRuns: 2000 },
    );
  });
});
