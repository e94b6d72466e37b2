import { describe, expect, it } from 'vitest';
import { decodeSourceFile, MAX_FILE_BYTES } from '../../src/domain/record/source-text.ts';
import { validateCatalogue } from '../../src/domain/record/validate-catalogue.ts';
import { MAX_TEXT_CHARACTERS } from '../../src/domain/record/text-rules.ts';
import type { SourceFile } from '../../src/domain/record/parse-yaml-file.ts';
import { makeStandard, recordFile, vocabularyFiles } from '../fixtures/standards.ts';

const PATH = 'standards/intl-course/ICC-01.yaml';
const published: SourceFile = { path: 'standards/published-ids.txt', text: 'ICC-01\n' };
const validate = (...files: SourceFile[]) => validateCatalogue([...vocabularyFiles, published, ...files]);
const withText = (patch: (lo: NonNullable<ReturnType<typeof makeStandard>['text']['lo']>) => void) => {
  const standard = makeStandard();
  patch(standard.text.lo!);
  return recordFile(standard);
};

describe('reading record files strictly', () => {
  it('refuses a file that is not UTF-8, naming the line of the first bad byte', () => {
    const good = new TextEncoder().encode(recordFile(makeStandard()).text);
    const bytes = new Uint8Array([...good.subarray(0, 40), 0xff, 0xfe, ...good.subarray(40)]);
    const line = new TextDecoder().decode(good.subarray(0, 40)).split('\n').length;
    const result = validate(decodeSourceFile(PATH, bytes));
    expect(result.catalogue).toBeUndefined();
    expect(result.problems).toEqual([{ file: PATH, line, path: '', message: 'is not valid UTF-8 (byte 41): save it as UTF-8' }]);
  });

  it('refuses a file over the size limit, with the limit in the message', () => {
    const result = validate(decodeSourceFile(PATH, new Uint8Array(MAX_FILE_BYTES + 1)));
    expect(result.problems[0]).toMatchObject({ file: PATH, message: `is ${(MAX_FILE_BYTES + 1).toLocaleString('en')} bytes: the limit is ${MAX_FILE_BYTES.toLocaleString('en')} bytes per file` });
  });

  it('reports YAML aliases that expand too far as a problem of the file, and still checks the others', () => {
    const bomb = 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    const other = recordFile({ ...makeStandard({ id: 'ICC-02' }), level: 'expert' as never });
    const result = validateCatalogue([...vocabularyFiles, { path: published.path, text: 'ICC-01\nICC-02\n' }, { path: PATH, text: bomb }, other]);
    expect(result.problems).toContainEqual({ file: PATH, line: undefined, path: '', message: 'uses aliases (*name) that expand too far (more than 100 copies): write the values out' });
    expect(result.problems).toContainEqual(expect.objectContaining({ file: 'standards/intl-course/ICC-02.yaml', path: 'level' }));
  });

  it('says an empty file is empty', () => {
    expect(validate({ path: PATH, text: '' }).problems).toEqual([{ file: PATH, line: undefined, path: '', message: 'is empty: it must hold a YAML map of fields' }]);
  });

  it('refuses field: constructor, which every object inherits but no vocabulary lists', () => {
    const result = validate(recordFile(makeStandard({ field: 'constructor' })));
    expect(result.problems).toEqual([expect.objectContaining({ file: PATH, path: 'field', message: 'constructor is not in standards/_vocab/fields.yaml' })]);
  });

  it('refuses constructor as a partner and as a certifying body', () => {
    const result = validate(recordFile(makeStandard({ partners: ['cqcvc', 'constructor'], certification: { body: 'constructor', year: 2023 } })));
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'partners.1: constructor is not in standards/_vocab/partners.yaml',
      'certification.body: constructor is not in standards/_vocab/bodies.yaml',
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses %s as a key in a vocabulary file, with its line', (key) => {
    const fields = { path: 'standards/_vocab/fields.yaml', text: `${vocabularyFiles[0].text}${key}:\n  zh: 坏\n  lo: ບໍ່\n  en: Bad\n` };
    const result = validateCatalogue([fields, ...vocabularyFiles.slice(1), published, recordFile(makeStandard())]);
    const line = fields.text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1;
    expect(result.problems).toEqual([
      { file: fields.path, line, path: '', message: `the key "${key}" is not allowed (it would reach JavaScript's object prototype)` },
    ]);
  });

  it('refuses a title that holds only invisible characters', () => {
    const result = validate(withText((lo) => (lo.title = '\u200B\u200B')));
    expect(result.problems).toEqual([expect.objectContaining({ path: 'text.lo.title', message: 'must not be empty (it holds only invisible characters)' })]);
  });

  it.each([
    ['NUL', '\u0000', 'the control character U+0000'],
    ['a C1 control', '\u0085', 'the control character U+0085'],
    ['a right-to-left override', '\u202E', 'the bidirectional control U+202E'],
    ['a bidi isolate', '\u2067', 'the bidirectional control U+2067'],
  ])('refuses %s in a text, naming it and where it is', (_name, char, what) => {
    const result = validate(withText((lo) => (lo.summary = `ສະຫຼຸບ${char}ວິຊາ`)));
    expect(result.problems).toEqual([expect.objectContaining({ path: 'text.lo.summary', message: `contains ${what} at character 7: remove it` })]);
  });

  it('keeps Lao text with stacked marks and line breaks', () => {
    const result = validate(withText((lo) => (lo.summary = 'ນໍ້າ ແລະ ໄຟຟ້າ\nຫຼັກສູດ')));
    expect(result.problems).toEqual([]);
  });

  it('refuses a text over the size limit', () => {
    const result = validate(withText((lo) => (lo.nature = 'ກ'.repeat(MAX_TEXT_CHARACTERS + 1))));
    expect(result.problems[0]).toMatchObject({ path: 'text.lo.nature', message: `is ${(MAX_TEXT_CHARACTERS + 1).toLocaleString('en')} characters long: the limit is ${MAX_TEXT_CHARACTERS.toLocaleString('en')} per text` });
  });

  it.each(['2024-13-45', '2023-02-29', '2024-04-31'])('refuses the date %s, which no calendar has', (date) => {
    const result = validate(recordFile(makeStandard({ issued: date })));
    expect(result.problems).toEqual([expect.objectContaining({ path: 'issued', message: 'must be a real date (month 01–12, a day that month has)' })]);
  });

  it('accepts 29 February in a leap year', () => {
    const result = validate(recordFile(makeStandard({ issued: '2024-02-29', history: [{ version: '1.0', date: '2024-02-29', changes: { zh: '首次发布。' } }] })));
    expect(result.problems).toEqual([]);
  });

  it('reports a schema error and the same file\'s hours error together', () => {
    const result = validate(recordFile({ ...makeStandard({ hours: { theory: 1, practice: 1 } }), level: 'expert' as never }));
    expect(result.problems.map((p) => p.path)).toEqual(['level', 'text.zh.units']);
    expect(result.problems[1].message).toBe('add up to 32 hours but hours.theory + hours.practice is 2');
  });
});
