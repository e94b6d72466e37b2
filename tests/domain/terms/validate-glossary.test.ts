import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../../src/domain/record/validate-catalogue.ts';
import { makeStandard, recordFile, vocabularyFiles } from '../../fixtures/standards.ts';

const validate = (...glossaryFiles: { path: string; text: string }[]) =>
  validateCatalogue([
    ...vocabularyFiles,
    { path: 'standards/published-ids.txt', text: 'ICC-01' },
    recordFile(makeStandard()),
    ...glossaryFiles,
  ]);

const battery = `concepts:
  - id: traction-battery
    fields: [nev]
    zh: { term: 动力电池 }
    lo: { term: ແບັດເຕີຣີຂັບເຄື່ອນ, variants: [ແບັດເຕີລີຂັບເຄື່ອນ], state: machine }
    en: { term: traction battery, variants: [EV battery], forbidden: [power cell], state: draft }
`;

describe('the termbase in the catalogue', () => {
  it('loads concepts from every glossary file, sorted by id, and the Latin words allowed in Lao', () => {
    const structure = `concepts:
  - id: course-standard
    fields: []
    zh: { term: 课程标准, variants: [课标] }
    lo: { term: ມາດຕະຖານຫຼັກສູດ, variants: [ມາດຕະຖານຫລັກສູດ], forbidden: [ມາດຕະຖານວິຊາ], state: machine }
    en: { term: course standard, state: draft }
    definition: { zh: 规定一门课程的目标、内容和考核的文件。 }
`;
    const result = validate(
      { path: 'standards/_glossary/nev.yaml', text: battery },
      { path: 'standards/_glossary/structure.yaml', text: structure },
      { path: 'standards/_glossary/allowed-in-lao.yaml', text: 'latin: [PLC, kW]\n' },
    );
    expect(result.problems).toEqual([]);
    expect(result.catalogue?.glossary.concepts.map((c) => c.id)).toEqual(['course-standard', 'traction-battery']);
    expect(result.catalogue?.glossary.allowedInLao).toEqual(['PLC', 'kW']);
    // Glossary files are not records.
    expect(result.recordFiles).toBe(1);
  });

  it('is empty when there are no glossary files', () => {
    expect(validate().catalogue?.glossary).toEqual({ concepts: [], allowedInLao: [] });
  });

  it('reports an unknown key, a missing state and a bad id with file, line and field', () => {
    const text = `concepts:
  - id: Traction_Battery
    fields: [nev]
    zh: { term: 动力电池, colour: red }
    lo: { term: ແບັດເຕີຣີ }
    en: { term: traction battery, state: draft }
`;
    const result = validate({ path: 'standards/_glossary/nev.yaml', text });
    expect(result.catalogue).toBeUndefined();
    expect(result.problems.map((p) => [p.file, p.line, p.path, p.message])).toEqual([
      ['standards/_glossary/nev.yaml', 2, 'concepts.0.id', 'must be lower-case kebab-case, such as course-standard'],
      ['standards/_glossary/nev.yaml', 4, 'concepts.0.zh', 'has unknown field colour'],
      ['standards/_glossary/nev.yaml', 5, 'concepts.0.lo.state', 'is required but missing'],
    ]);
  });

  it('reports a concept id used in two files, an unknown field key and a form both admitted and forbidden', () => {
    const other = `concepts:
  - id: traction-battery
    fields: [space-travel]
    zh: { term: 电池 }
    lo: { term: ໝໍ້ໄຟ, forbidden: [ຫມໍ້ໄຟ], state: machine }
    en: { term: battery, variants: [cell], forbidden: [Cell], state: draft }
`;
    const result = validate({ path: 'standards/_glossary/nev.yaml', text: battery }, { path: 'standards/_glossary/other.yaml', text: other });
    expect(result.problems.map((p) => [p.file, p.line, p.path, p.message])).toEqual([
      ['standards/_glossary/other.yaml', 2, 'concepts.0.id', 'traction-battery is also the id of a concept in standards/_glossary/nev.yaml'],
      ['standards/_glossary/other.yaml', 3, 'concepts.0.fields.0', 'space-travel is not in standards/_vocab/fields.yaml'],
      // ຫມ is the older spelling of ໝ: the same word, so it cannot be forbidden while ໝ is preferred.
      ['standards/_glossary/other.yaml', 5, 'concepts.0.lo.forbidden.0', 'ຫມໍ້ໄຟ is both forbidden and admitted (as the preferred term)'],
      ['standards/_glossary/other.yaml', 6, 'concepts.0.en.forbidden.0', 'Cell is both forbidden and admitted (as variant 0)'],
    ]);
  });

  it('reports a glossary file that is not a list of concepts', () => {
    const result = validate({ path: 'standards/_glossary/allowed-in-lao.yaml', text: 'latin: PLC\n' });
    expect(result.problems).toEqual([expect.objectContaining({ file: 'standards/_glossary/allowed-in-lao.yaml', path: 'latin', message: 'must be a list of words' })]);
  });
});
