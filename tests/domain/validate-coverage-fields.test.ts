import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../src/domain/record/validate-catalogue.ts';
import { withFingerprints } from '../fixtures/coverage.ts';
import { makeStandard, recordFile, vocabularyFiles } from '../fixtures/standards.ts';

const validate = (record: Record<string, unknown>) =>
  validateCatalogue([...vocabularyFiles, { path: 'standards/published-ids.txt', text: `${String(record.id)}\n` }, recordFile(record)]);
const problems = (record: Record<string, unknown>) => validate(record).problems.map((p) => [p.path, p.message]);

describe('per-text states and fingerprints in a record file', () => {
  it('accepts fingerprints for every translated text and a state that differs from the record’s', () => {
    const record = withFingerprints(makeStandard({ textStates: { lo: { 'units/1/requirements': 'draft' } } }));
    expect(validate(record).problems).toEqual([]);
    expect(validate(record).catalogue?.standards[0].textStates).toEqual({ lo: { 'units/1/requirements': 'draft' } });
  });

  it('reports a key that is not a text path, with its line', () => {
    const result = validate({ ...makeStandard(), fingerprints: { lo: { 'units/one/title': '0123abcd' } } });
    expect(result.problems).toEqual([
      expect.objectContaining({ path: 'fingerprints.lo.units/one/title', message: 'is not a text path such as summary, objectives/skills/0 or units/2/requirements' }),
    ]);
    expect(result.problems[0].line).toBeGreaterThan(1);
  });

  it('reports a fingerprint that is not 8 hexadecimal digits, or that YAML read as a number', () => {
    expect(problems({ ...makeStandard(), fingerprints: { en: { title: 'XYZ' } } })).toEqual([['fingerprints.en.title', 'must be 8 hexadecimal digits (0-9, a-f)']]);
    expect(problems({ ...makeStandard(), fingerprints: { en: { title: 12345678 } } })).toEqual([['fingerprints.en.title', 'must be 8 hexadecimal digits in quotes']]);
  });

  it('reports a state outside the list, and an unknown language', () => {
    expect(problems({ ...makeStandard(), textStates: { lo: { summary: 'finished' } } })).toEqual([
      ['textStates.lo.summary', 'must be one of machine, draft, reviewed, approved'],
    ]);
    expect(problems({ ...makeStandard(), textStates: { zh: { summary: 'draft' } } })).toEqual([['textStates', 'has unknown field zh']]);
  });

  it('reports an entry for a text the language does not have', () => {
    expect(problems({ ...makeStandard(), fingerprints: { lo: { 'units/5/title': '0123abcd' } } })).toEqual([
      ['fingerprints.lo.units/5/title', 'names a text that text.lo does not have'],
    ]);
    const noLao = makeStandard({ translation: { zh: 'source', en: 'draft' } });
    delete noLao.text.lo;
    expect(problems({ ...noLao, textStates: { lo: { title: 'draft' } } })).toEqual([['textStates.lo', 'is set but there is no text.lo']]);
  });

  it('reports a per-text state equal to the record’s, which says nothing', () => {
    expect(problems({ ...makeStandard(), textStates: { en: { title: 'draft' } } })).toEqual([
      ['textStates.en.title', 'is draft, the same as translation.en: leave it out'],
    ]);
  });

  it('refuses a reviewed text on an illustrative record, but not on an official one', () => {
    expect(problems({ ...makeStandard(), textStates: { lo: { title: 'reviewed' } } })).toEqual([
      ['textStates.lo.title', 'is reviewed, but illustrative text is never human-reviewed: use machine or draft'],
    ]);
    expect(problems({ ...makeStandard({ provenance: 'official' }), textStates: { lo: { title: 'reviewed' } } })).toEqual([]);
  });
});
