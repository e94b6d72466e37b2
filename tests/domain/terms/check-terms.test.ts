import { describe, expect, it } from 'vitest';
import { checkTerms } from '../../../src/domain/terms/check-terms.ts';
import type { Concept, Glossary } from '../../../src/domain/terms/glossary-schema.ts';
import type { CourseStandard } from '../../../src/domain/schema.ts';
import { makeStandard } from '../../fixtures/standards.ts';

const concept = (c: Omit<Concept, 'fields'>): Concept => ({ fields: [], ...c });
const glossary: Glossary = {
  concepts: [
    concept({
      id: 'course-standard',
      zh: { term: '课程标准' },
      lo: { term: 'ມາດຕະຖານຫຼັກສູດ', variants: ['ມາດຕະຖານຫລັກສູດ'], forbidden: ['ມາດຕະຖານວິຊາ'], state: 'machine' },
      en: { term: 'course standard', forbidden: ['subject standard'], state: 'draft' },
    }),
    concept({
      id: 'insulation',
      zh: { term: '绝缘' },
      lo: { term: 'ສນວນ', forbidden: ['ສະນວນ'], state: 'machine' },
      en: { term: 'insulation', state: 'draft' },
    }),
    concept({
      id: 'drone',
      zh: { term: '无人机' },
      lo: { term: 'ໂດຣນ', state: 'machine' },
      en: { term: 'drone', variants: ['UAV'], state: 'draft' },
    }),
  ],
  allowedInLao: ['PLC'],
};

/** A record whose summary reads as given in each language (a language left out keeps the fixture's text). */
function recordWithSummary(summary: { zh: string; lo?: string; en?: string }): CourseStandard {
  const standard = makeStandard();
  // The fixture's Lao texts are placeholders in Latin letters: here every one is Lao, so only the summary is tested.
  standard.text.lo = JSON.parse(JSON.stringify(standard.text.lo), (_, value: unknown) => (typeof value === 'string' ? 'ຂໍ້ຄວາມ.' : value));
  standard.text.zh.summary = summary.zh;
  if (summary.lo !== undefined) standard.text.lo!.summary = summary.lo;
  if (summary.en !== undefined) standard.text.en!.summary = summary.en;
  return standard;
}

const check = (summary: { zh: string; lo?: string; en?: string }) => checkTerms([recordWithSummary(summary)], glossary);

describe('checkTerms', () => {
  it('finds nothing in text that uses the preferred terms or admitted variants', () => {
    expect(check({ zh: '本课程标准规定无人机绝缘检测。', lo: 'ມາດຕະຖານຫລັກສູດນີ້ກຳນົດການກວດສນວນຂອງໂດຣນ ດ້ວຍ PLC.', en: 'This course standard covers UAV insulation checks.' })).toEqual([]);
  });

  it('reports a concept of the source missing from a translation, with file path keys, found and expected', () => {
    const findings = check({ zh: '无人机的检测。', lo: 'ການກວດຍົນບິນ.', en: 'Checking unmanned aircraft.' });
    expect(findings).toEqual([
      { kind: 'missing-term', record: 'ICC-01', lang: 'lo', path: 'summary', keys: ['text', 'lo', 'summary'], concept: 'drone', found: '', expected: 'ໂດຣນ' },
      { kind: 'missing-term', record: 'ICC-01', lang: 'en', path: 'summary', keys: ['text', 'en', 'summary'], concept: 'drone', found: '', expected: 'drone' },
    ]);
  });

  it('reports a forbidden form, once, where the term should be and where the source does not ask for it', () => {
    const inPlace = check({ zh: '课程标准。', lo: 'ມາດຕະຖານວິຊາ.', en: 'The course standard.' });
    expect(inPlace).toEqual([expect.objectContaining({ kind: 'forbidden-form', lang: 'lo', concept: 'course-standard', found: 'ມາດຕະຖານວິຊາ', expected: 'ມາດຕະຖານຫຼັກສູດ' })]);
    const elsewhere = check({ zh: '电池。', lo: 'ແບັດເຕີຣີ ແລະ ສະນວນ.', en: 'A subject standard.' });
    expect(elsewhere.map((f) => [f.kind, f.lang, f.concept, f.found])).toEqual([
      ['forbidden-form', 'lo', 'insulation', 'ສະນວນ'],
      ['forbidden-form', 'en', 'course-standard', 'subject standard'],
    ]);
  });

  it('reports Chinese characters and Latin words inside Lao text, but not allowed codes, glosses or quoted examples', () => {
    const findings = check({ zh: '电池。', lo: 'ແບັດເຕີຣີ 平法 ແລະ total station ກັບ PLC ແລະ ຄອຍເຢັນ (evaporator) ເຊັ່ນ 禁止 (ຫ້າມ).' });
    expect(findings.map((f) => [f.kind, f.lang, f.found])).toEqual([
      ['foreign-script', 'lo', '平法'],
      ['foreign-script', 'lo', 'total'],
      ['foreign-script', 'lo', 'station'],
    ]);
  });

  it('suggests the Lao term for a Latin word that is a concept’s English form', () => {
    const [finding] = check({ zh: '电池。', lo: 'ແບັດເຕີຣີ ຂອງ UAV.' });
    expect(finding).toMatchObject({ kind: 'foreign-script', concept: 'drone', found: 'UAV', expected: 'ໂດຣນ' });
  });

  it('matches Lao on the search normalisation but never across a syllable boundary', () => {
    // ໜ and ຫນ, ຼ and ລ are the same letters to search: no finding.
    expect(check({ zh: '课程标准。', lo: 'ມາດຕະຖານຫຼັກສູດ.', en: 'A course standard.' })).toEqual([]);
    // ສນວນ inside ສະນວນ would cut the syllable ສະ: the term is missing (and the forbidden form is found).
    expect(check({ zh: '绝缘。', lo: 'ສະນວນ.', en: 'Insulation.' }).map((f) => f.kind)).toEqual(['forbidden-form']);
  });

  it('lets the longest Chinese term decide which concept a source text has', () => {
    const nested: Glossary = {
      ...glossary,
      concepts: [
        ...glossary.concepts,
        concept({ id: 'standard', zh: { term: '标准' }, lo: { term: 'ມາດຕະຖານ', state: 'machine' }, en: { term: 'standard', state: 'draft' } }),
      ],
    };
    // 课程标准 holds 标准: only course-standard is expected, and "course standard" already contains "standard".
    const findings = checkTerms([recordWithSummary({ zh: '课程标准。', lo: 'ມາດຕະຖານຫຼັກສູດ.', en: 'The course plan.' })], nested);
    expect(findings.map((f) => [f.lang, f.concept])).toEqual([['en', 'course-standard']]);
  });

  it('checks only the language asked for', () => {
    const findings = checkTerms([recordWithSummary({ zh: '无人机。', lo: 'ຍົນ.', en: 'Aircraft.' })], glossary, ['en']);
    expect(findings.map((f) => f.lang)).toEqual(['en']);
  });
});

describe('syllable boundaries', () => {
  const lo = (text: string) => checkTerms([recordWithSummary({ zh: '电池。', lo: text })], {
    concepts: [concept({ id: 'x', zh: { term: '甲' }, lo: { term: 'ກາ', forbidden: ['ຄວາ'], state: 'machine' }, en: { term: 'x', state: 'draft' } })],
    allowedInLao: [],
  });
  it('does not find a form that ends inside a syllable or starts inside a cluster', () => {
    // ຄວາ is the start of ຄວາມ (closed by ມ); ຄວາ inside ຄວາມ is not the form.
    expect(lo('ຄວາມສາມາດ.')).toEqual([]);
    expect(lo('ເຄື່ອງ ຄວາ.').map((f) => f.found)).toEqual(['ຄວາ']);
  });
});

describe('consonant clusters with ລ', () => {
  it('finds a loanword that starts with a ລ cluster right after a closed syllable', () => {
    const block: Glossary = {
      concepts: [concept({ id: 'block', zh: { term: '闭塞' }, lo: { term: 'ບລັອກ', state: 'machine' }, en: { term: 'block', state: 'draft' } })],
      allowedInLao: [],
    };
    const findings = (lo: string) => checkTerms([recordWithSummary({ zh: '闭塞设备。', lo, en: 'Block equipment.' })], block);
    expect(findings('ອຸປະກອນບລັອກຊ່ວງທາງ.')).toEqual([]);
    expect(findings('ອຸປະກອນກັ້ນທາງ.').map((f) => f.kind)).toEqual(['missing-term']);
  });
});

describe('a consonant written after its leading vowel', () => {
  it('ends a syllable, so a word such as ກາເຟ is found before ລ or ອ', () => {
    const coffee: Glossary = {
      concepts: [concept({ id: 'coffee', zh: { term: '咖啡' }, lo: { term: 'ກາເຟ', state: 'machine' }, en: { term: 'coffee', state: 'draft' } })],
      allowedInLao: [],
    };
    const findings = (lo: string) => checkTerms([recordWithSummary({ zh: '老挝咖啡。', lo, en: 'Lao coffee.' })], coffee);
    expect(findings('ກາເຟລາວ ແລະ ກາເຟອາຣາບິກາ.')).toEqual([]);
    // ອ after its vowel marks closes ເພື່ອ: ວັດແທກ right after it is a whole word.
    const measure: Glossary = {
      concepts: [concept({ id: 'measure', zh: { term: '测量' }, lo: { term: 'ວັດແທກ', state: 'machine' }, en: { term: 'measure', state: 'draft' } })],
      allowedInLao: [],
    };
    expect(checkTerms([recordWithSummary({ zh: '测量。', lo: 'ເພື່ອວັດແທກ.', en: 'To measure.' })], measure)).toEqual([]);
    expect(findings('ຊາລາວ.').map((f) => f.kind)).toEqual(['missing-term']);
  });
});

describe('cited titles', () => {
  it('does not ask for the terms of a course cited by its 《title》, but does outside it', () => {
    const cited = checkTerms([recordWithSummary({ zh: '先修《无人机组装》课程。', lo: 'ຮຽນວິຊາການປະກອບກ່ອນ.', en: 'After the assembly course.' })], glossary);
    expect(cited).toEqual([]);
    const plain = checkTerms([recordWithSummary({ zh: '先修无人机组装课程。', lo: 'ຮຽນວິຊາການປະກອບກ່ອນ.', en: 'After the assembly course.' })], glossary);
    expect(plain.map((f) => [f.lang, f.concept])).toEqual([['lo', 'drone'], ['en', 'drone']]);
  });
});
