import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { catalogueToCsv, catalogueToJson } from '../../src/domain/record/export.ts';
import { toCsv } from '../../src/domain/text/csv.ts';
import { fixtureCollections, makeStandard } from '../fixtures/standards.ts';

const vocabularies = { fields: {}, partners: {}, bodies: {}, collections: fixtureCollections };
const glossary = { concepts: [], allowedInLao: [] };

describe('export', () => {
  it('writes JSON with the same fields as the record files', () => {
    const standard = makeStandard();
    const [exported] = JSON.parse(catalogueToJson({ standards: [standard], vocabularies, glossary }));
    expect(exported).toEqual(parse(JSON.stringify(standard)));
  });

  it('writes CSV with a byte-order mark, one row per record, quoting what needs it', () => {
    const standard = makeStandard();
    standard.text.en!.summary = 'Safety, "first"\nalways';
    const csv = catalogueToCsv({ standards: [standard], vocabularies, glossary });
    expect(csv.startsWith('\uFEFFid,provenance,collection')).toBe(true);
    expect(csv).toContain('"Safety, ""first""\nalways"');
    expect(csv).toContain('ການບຳລຸງຮັກສາແບັດເຕີຣີ');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it('keeps spreadsheet formulas inert', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")']])).toBe('\uFEFFa\r\n"\'=HYPERLINK(""x"")"\r\n');
  });
});
