import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { courseStandardSchema, inspectionStandardSchema, recordSchemaFor } from '../../src/domain/record/schema.ts';
import { anchorOf, translatableTexts } from '../../src/domain/record/text-paths.ts';
import { COURSE_SHAPE, INSPECTION_SHAPE, KIND_SHAPES, SHAPES, TEXT_PATH, shapeOfText } from '../../src/domain/record/text-shape.ts';
import { anchorsOf, reshapeText, textEntries } from '../../src/domain/record/text-walk.ts';
import { validateCatalogue } from '../../src/domain/record/validate-catalogue.ts';
import { LANGUAGES } from '../../src/domain/text/languages.ts';
import { fixtureCollections, makeInspection, makeStandard, recordFile, vocabularyFiles } from '../fixtures/standards.ts';

const withInspection = vocabularyFiles.map((file) =>
  file.path.endsWith('collections.yaml')
    ? { ...file, text: stringify({ ...fixtureCollections, inspection: { zh: '检测标准', lo: 'ມາດຕະຖານການກວດສອບ', en: 'Inspection standards', prefix: 'EIS', order: 4, kinds: ['inspection-standard'], description: { zh: '说明', lo: 'ຄຳອະທິບາຍ', en: 'About' } } }) }
    : file,
);
const validate = (...records: { path: string; text: string }[]) =>
  validateCatalogue([...withInspection, { path: 'standards/published-ids.txt', text: records.map((r) => /([^/]+)\.yaml$/.exec(r.path)![1]).join('\n') }, ...records]);

describe('text shapes', () => {
  it('gives every kind a shape, and tells a text\'s shape from its sections', () => {
    expect(KIND_SHAPES['course-standard']).toBe(COURSE_SHAPE);
    expect(KIND_SHAPES['inspection-standard']).toBe(INSPECTION_SHAPE);
    expect(shapeOfText(makeStandard().text.zh)).toBe(COURSE_SHAPE);
    expect(shapeOfText(makeInspection().text.zh)).toBe(INSPECTION_SHAPE);
  });

  it('walks an inspection text in reading order, with paths the stable ids use', () => {
    expect(textEntries(makeInspection().text.en!).map(([path]) => path)).toEqual([
      'title', 'summary', 'scope', 'references/0', 'references/1', 'terms/0/term', 'terms/0/definition',
      'items/0/title', 'items/0/requirements', 'items/1/title', 'items/1/requirements', 'procedures', 'acceptance', 'records',
    ]);
  });

  it('keeps the course paths exactly as they were (links and XLIFF ids never change)', () => {
    const paths = textEntries(makeStandard().text.zh).map(([path]) => path);
    expect(paths.slice(0, 6)).toEqual(['title', 'summary', 'nature', 'objectives/knowledge/0', 'objectives/skills/0', 'objectives/attitudes/0']);
    expect(paths.slice(6)).toEqual(['units/0/title', 'units/0/requirements', 'units/1/title', 'units/1/requirements', 'assessment', 'implementation/methods', 'implementation/facilities', 'implementation/resources']);
  });

  it('accepts the paths of every shape and nothing that mixes them', () => {
    for (const path of ['items/0/requirements', 'terms/1/definition', 'references/2', 'units/0/title', 'objectives/skills/3', 'implementation/methods', 'procedures']) {
      expect(TEXT_PATH.test(path), path).toBe(true);
    }
    for (const path of ['units/0/definition', 'items/0/hours', 'references/x', 'terms/01/term', 'objectives/items/0', 'nowhere']) {
      expect(TEXT_PATH.test(path), path).toBe(false);
    }
  });

  it('rebuilds a text of either shape from its paths, keeping unit hours', () => {
    for (const text of [makeStandard().text.lo!, makeInspection().text.lo!]) {
      const byPath = new Map(textEntries(text));
      expect(reshapeText(text, (path) => byPath.get(path)!)).toEqual(text);
    }
  });

  it('anchors entries on the page: units, inspection items and terms', () => {
    expect(anchorOf('items/2/requirements')).toBe('item-3');
    expect(anchorOf('terms/0/term')).toBe('term-1');
    expect(anchorOf('units/1/title')).toBe('unit-2');
    expect(anchorOf('references/1')).toBe('references');
    expect(anchorsOf(makeInspection().text.zh)).toEqual(['summary', 'scope', 'references', 'terms', 'items', 'procedures', 'acceptance', 'records', 'term-1', 'item-1', 'item-2']);
    expect(translatableTexts(makeInspection().text.zh).find((t) => t.path === 'items/1/title')?.section).toBe('items');
  });

  it('has a heading for every section, list, part and entry in each interface language', () => {
    for (const lang of LANGUAGES) {
      const strings = JSON.parse(readFileSync(`locales/${lang}/standard.json`, 'utf8')) as { section: Record<string, string>; entry: Record<string, string> };
      for (const section of SHAPES.flatMap((shape) => shape.sections)) {
        expect(strings.section[section.id], `${lang} section.${section.id}`).toBeTruthy();
        const names = section.type === 'lists' ? section.lists : section.type === 'parts' ? section.parts : [];
        for (const name of names) expect(strings.section[name], `${lang} section.${name}`).toBeTruthy();
        if (section.type === 'entries') expect(strings.entry[section.anchor], `${lang} entry.${section.anchor}`).toMatch(/\{\{number\}\}/);
      }
    }
  });
});

describe('an inspection standard in the record files', () => {
  it('validates beside course standards, with no level, hours or credits', () => {
    const result = validate(recordFile(makeStandard()), recordFile(makeInspection()));
    expect(result.problems).toEqual([]);
    expect(result.catalogue?.standards.map((s) => [s.id, s.kind])).toEqual([['EIS-01', 'inspection-standard'], ['ICC-01', 'course-standard']]);
  });

  it('is checked against its own shape: a missing section named with file, line and field', () => {
    const record = makeInspection();
    const { items: _items, ...withoutItems } = record.text.lo!;
    const result = validate(recordFile({ ...record, text: { ...record.text, lo: withoutItems } as never }));
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'standards/inspection/EIS-01.yaml', path: 'text.lo.items', message: 'is required but missing' }),
    ]);
    expect(result.problems[0].line).toBeGreaterThan(1);
  });

  it('refuses course sections and course facts on an inspection standard, and inspection sections on a course', () => {
    const inspection = validate(recordFile({ ...makeInspection(), hours: { theory: 1, practice: 1 } } as never));
    expect(inspection.problems.map((p) => [p.path, p.message])).toEqual([['', 'has unknown field hours']]);
    const course = makeStandard();
    const mixed = validate(recordFile({ ...course, text: { ...course.text, en: { ...course.text.en!, scope: 'x' } } } as never));
    expect(mixed.problems.map((p) => [p.path, p.message])).toEqual([['text.en', 'has unknown field scope']]);
  });

  it('is parsed by the schema its kind names', () => {
    expect(recordSchemaFor(makeInspection())).toBe(inspectionStandardSchema);
    expect(recordSchemaFor(makeStandard())).toBe(courseStandardSchema);
    expect(recordSchemaFor({ kind: 'no-such-kind' })).toBe(courseStandardSchema);
  });
});
