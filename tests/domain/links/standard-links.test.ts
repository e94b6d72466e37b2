import { describe, expect, it } from 'vitest';
import { findStandard } from '../../../src/domain/record/catalogue.ts';
import { canonicalId } from '../../../src/domain/links/sloppy-id.ts';
import { relationsOf } from '../../../src/domain/links/relations.ts';
import { validateCatalogue } from '../../../src/domain/record/validate-catalogue.ts';
import { makeStandard, recordFile, vocabularyFiles } from '../../fixtures/standards.ts';

const validate = (...records: { path: string; text: string }[]) => {
  const ids = records.map((r) => /([^/]+)\.ya?ml$/.exec(r.path)?.[1]).join('\n');
  return validateCatalogue([...vocabularyFiles, { path: 'standards/published-ids.txt', text: ids }, ...records]);
};

describe('canonicalId: an id as people type it', () => {
  it.each([
    ['LCS5', 'LCS-05'],
    ['lcs-5', 'LCS-05'],
    ['lcs 05', 'LCS-05'],
    ['lcs%2005', 'LCS-05'],
    ['ＬＣＳ－０５', 'LCS-05'],
    ['icc_20', 'ICC-20'],
    ['CDS-005', 'CDS-05'],
  ])('%s is %s', (typed, id) => expect(canonicalId(typed)).toBe(id));

  it.each(['LCS', 'LCS-123', 'hello', '', '5', 'L-C-S'])('%s is not shaped like an id', (typed) => expect(canonicalId(typed)).toBeUndefined());

  it('finds records and former ids typed loosely, and nothing for an id no record has', () => {
    const standards = [{ id: 'LCS-05' }, { id: 'ICC-03', aliases: ['ICC-21'] }];
    expect(findStandard(standards, 'lcs5')?.id).toBe('LCS-05');
    expect(findStandard(standards, 'icc 21')?.id).toBe('ICC-03');
    expect(findStandard(standards, 'LCS-06')).toBeUndefined();
  });
});

describe('relationsOf: both directions from one statement', () => {
  const records = [
    { id: 'CDS-01', kind: 'vocational-standard' as const, links: { includes: ['LCS-02', 'LCS-01', 'CDS-02'] } },
    { id: 'CDS-02', kind: 'course-standard' as const, links: { includes: ['CDS-03'], requires: ['LCS-01'] } },
    { id: 'CDS-03', kind: 'course-resource' as const },
    { id: 'LCS-01', kind: 'course-standard' as const },
    { id: 'LCS-02', kind: 'course-standard' as const, links: { requires: ['LCS-01'], related: ['CDS-02'] } },
  ];

  it('a programme lists what it includes, sorted by id; each course says it is part of it', () => {
    expect(relationsOf(records, 'CDS-01').includes).toEqual(['CDS-02', 'LCS-01', 'LCS-02']);
    expect(relationsOf(records, 'LCS-01').partOf).toEqual(['CDS-01']);
    expect(relationsOf(records, 'LCS-01').usedIn).toEqual([]);
  });

  it('a resource included by a course standard is used in it, not part of a programme', () => {
    expect(relationsOf(records, 'CDS-03')).toMatchObject({ partOf: [], usedIn: ['CDS-02'] });
  });

  it('requires is answered by required by; related shows on both sides', () => {
    expect(relationsOf(records, 'LCS-01').requiredBy).toEqual(['CDS-02', 'LCS-02']);
    expect(relationsOf(records, 'LCS-02')).toMatchObject({ requires: ['LCS-01'], related: ['CDS-02'] });
    expect(relationsOf(records, 'CDS-02').related).toEqual(['LCS-02']);
  });
});

describe('validation of links', () => {
  it('refuses an includes to an unknown id, naming file, line and field', () => {
    const result = validate(recordFile(makeStandard({ links: { includes: ['ICC-09'] } })));
    expect(result.catalogue).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'standards/intl-course/ICC-01.yaml', path: 'links.includes.0', message: 'ICC-09 is not a published record in the catalogue' }),
    ]);
    expect(result.problems[0].line).toBeGreaterThan(1);
  });

  it('refuses a link to itself, a link listed twice and a link by a former id', () => {
    const result = validate(
      recordFile(makeStandard({ links: { includes: ['ICC-01'], requires: ['ICC-02', 'ICC-04'], related: ['ICC-02'] } })),
      recordFile(makeStandard({ id: 'ICC-02' })),
      recordFile(makeStandard({ id: 'ICC-03', aliases: ['ICC-04'] })),
    );
    expect(result.problems.map((p) => [p.path, p.message])).toEqual([
      ['links.includes.0', 'ICC-01 is this record itself: a record does not link to itself'],
      ['links.requires.1', 'ICC-04 is a former id of ICC-03: link to ICC-03'],
      ['links.related.0', 'ICC-02 is already listed under links.requires: list each record once'],
    ]);
  });

  it('refuses a related link stated on both sides', () => {
    const result = validate(recordFile(makeStandard({ links: { related: ['ICC-02'] } })), recordFile(makeStandard({ id: 'ICC-02', links: { related: ['ICC-01'] } })));
    expect(result.problems).toEqual([expect.objectContaining({ file: 'standards/intl-course/ICC-02.yaml', path: 'links.related.0' })]);
    expect(result.problems[0].message).toMatch(/stated on one side only/);
  });

  it('refuses an id that is not shaped like one through the schema', () => {
    const result = validate(recordFile(makeStandard({ links: { includes: ['lcs5'] } })));
    expect(result.problems).toEqual([expect.objectContaining({ path: 'links.includes.0', message: "must be an id such as LCS-01: a collection's prefix, a hyphen and two digits" })]);
  });
});
