import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/domain/record/problems.ts';
import { validateCatalogue } from '../../src/domain/record/validate-catalogue.ts';
import { makeStandard, recordFile, vocabularyFiles } from '../fixtures/standards.ts';

/** Validates records with a published-ids list naming exactly them (unless a test gives its own list). */
const validate = (...records: { path: string; text: string }[]) => {
  const ids = records.map((r) => /([^/]+)\.ya?ml$/.exec(r.path)?.[1]).join('\n');
  return validateCatalogue([...vocabularyFiles, { path: 'standards/published-ids.txt', text: ids }, ...records]);
};

describe('validateCatalogue', () => {
  it('accepts a valid catalogue and sorts it by id', () => {
    const result = validate(recordFile(makeStandard({ id: 'ICC-02' })), recordFile(makeStandard()));
    expect(result.problems).toEqual([]);
    expect(result.catalogue?.standards.map((s) => s.id)).toEqual(['ICC-01', 'ICC-02']);
  });

  it('reports YAML syntax errors with file and line', () => {
    const result = validate({ path: 'standards/intl-course/ICC-01.yaml', text: 'id: ICC-01\ntitle: [unclosed\nlevel: diploma\n' });
    expect(result.catalogue).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ file: 'standards/intl-course/ICC-01.yaml', path: '' });
    expect(result.problems[0].message).toMatch(/^YAML syntax/);
    expect(result.problems[0].line).toBeGreaterThanOrEqual(2);
  });

  it('reports a missing required field by its path and line', () => {
    const standard = makeStandard();
    const { nature: _nature, ...loWithoutNature } = standard.text.lo!;
    const result = validate(recordFile({ ...standard, text: { ...standard.text, lo: loWithoutNature } as never }));
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'standards/intl-course/ICC-01.yaml', path: 'text.lo.nature', message: 'is required but missing' }),
    ]);
    expect(result.problems[0].line).toBeGreaterThan(1);
  });

  it('reports a wrong type', () => {
    const result = validate(recordFile({ ...makeStandard(), credits: 'four' as never }));
    expect(result.problems).toEqual([expect.objectContaining({ path: 'credits', message: 'must be a number' })]);
  });

  it('reports unknown vocabulary keys for field, partner and certifying body', () => {
    const result = validate(
      recordFile(makeStandard({ field: 'space-travel', partners: ['cqcvc', 'nowhere-college'], certification: { body: 'unknown-body', year: 2024 } })),
    );
    expect(result.problems.map((p) => [p.path, p.message])).toEqual([
      ['field', 'space-travel is not in standards/_vocab/fields.yaml'],
      ['partners.1', 'nowhere-college is not in standards/_vocab/partners.yaml'],
      ['certification.body', 'unknown-body is not in standards/_vocab/bodies.yaml'],
    ]);
  });

  it('reports a duplicate id across two files', () => {
    const result = validate(
      recordFile(makeStandard()),
      recordFile(makeStandard({ id: 'ICC-01' }), 'standards/intl-course/ICC-01.yml'),
    );
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'standards/intl-course/ICC-01.yml', path: 'id', message: 'ICC-01 is also used by standards/intl-course/ICC-01.yaml' }),
    ]);
  });

  it('reports an id that does not match the file name', () => {
    const result = validate(recordFile(makeStandard({ id: 'ICC-02' }), 'standards/intl-course/ICC-03.yaml'));
    expect(result.problems[0]).toEqual(
      expect.objectContaining({ path: 'id', line: 1, message: 'is ICC-02 but the file is named ICC-03.yaml: they must match' }),
    );
  });

  it('reports a translation state outside the list', () => {
    const result = validate(recordFile({ ...makeStandard(), translation: { zh: 'source', lo: 'finished', en: 'draft' } as never }));
    expect(result.problems).toEqual([
      expect.objectContaining({ path: 'translation.lo', message: 'must be one of source, machine, draft, reviewed, approved' }),
    ]);
  });

  it('refuses text containing HTML', () => {
    const standard = makeStandard();
    standard.text.en!.summary = 'Click <script>alert(1)</script> here';
    const result = validate(recordFile(standard));
    expect(result.problems).toEqual([
      expect.objectContaining({ path: 'text.en.summary', message: 'must be plain text: HTML tags are not allowed' }),
    ]);
  });

  it('refuses a reviewed translation on an illustrative record', () => {
    const result = validate(recordFile(makeStandard({ translation: { zh: 'source', lo: 'reviewed', en: 'draft' } })));
    expect(result.problems[0]).toMatchObject({ path: 'translation.lo' });
    expect(result.problems[0].message).toMatch(/never human-reviewed/);
  });

  it('checks unit hours against the total and across languages', () => {
    const standard = makeStandard();
    standard.text.lo!.units[1].hours = 21;
    const result = validate(recordFile({ ...standard, hours: { theory: 10, practice: 10 } }));
    expect(result.problems.map((p) => p.path)).toEqual(['text.zh.units', 'text.lo.units.1.hours']);
  });

  it('reports every problem in every file at once and drops no record silently', () => {
    const result = validate(
      recordFile({ ...makeStandard(), level: 'master' as never }),
      recordFile(makeStandard({ id: 'ICC-02', field: 'nope' })),
      recordFile(makeStandard({ id: 'ICC-03' })),
    );
    expect(result.catalogue).toBeUndefined();
    expect(result.recordFiles).toBe(3);
    expect(result.problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      'standards/intl-course/ICC-01.yaml level',
      'standards/intl-course/ICC-02.yaml field',
    ]);
    expect(formatProblems(result.problems)).toMatch(/^2 problems in the standards:\n {2}standards\/intl-course\/ICC-01\.yaml:\d+ {2}level: must be one of/);
  });

  it('reports a partner country outside the list and a role missing a language, with file, line and field', () => {
    const partners = 'cqcvc:\n  zh: 重庆城市职业学院\n  lo: ວິທະຍາໄລ\n  en: College\n  country: XX\n  role:\n    zh: 牵头\n    en: Leads\n';
    const files = vocabularyFiles.map((file) => (file.path.endsWith('partners.yaml') ? { ...file, text: partners } : file));
    const result = validateCatalogue([...files, { path: 'standards/published-ids.txt', text: '' }]);
    const found = result.problems.filter((p) => p.file === 'standards/_vocab/partners.yaml').map((p) => [p.path, p.line, p.message]);
    expect(found).toEqual([
      ['cqcvc.country', 5, expect.stringMatching(/must be one of CN, LA/)],
      ['cqcvc.role.lo', 7, expect.stringMatching(/missing/)],
    ]);
  });

  it('reports a record outside a collection directory', () => {
    const result = validate(recordFile(makeStandard(), 'standards/misc/ICC-01.yaml'));
    expect(result.problems[0].message).toMatch(/not a collection/);
  });

  it('refuses the removal of a published id that is not kept as an alias', () => {
    const published = { path: 'standards/published-ids.txt', text: '# ids\nICC-01\nICC-02\n' };
    const removed = validateCatalogue([...vocabularyFiles, published, recordFile(makeStandard())]);
    expect(removed.problems).toEqual([
      expect.objectContaining({ file: 'standards/published-ids.txt', line: 3, message: expect.stringMatching(/^ICC-02 was published but no record has it/) }),
    ]);
    const keptAsAlias = validateCatalogue([...vocabularyFiles, published, recordFile(makeStandard({ aliases: ['ICC-02'] }))]);
    expect(keptAsAlias.problems).toEqual([]);
  });

  it('asks for a new record to be listed as published', () => {
    const result = validateCatalogue([...vocabularyFiles, { path: 'standards/published-ids.txt', text: '' }, recordFile(makeStandard())]);
    expect(result.problems).toEqual([expect.objectContaining({ message: 'ICC-01 is not listed: add it when the record is published' })]);
  });
});
