import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { facetCounts, filterStandards } from '../../src/domain/browse/facets.ts';
import { collectionKeys, countByCollection } from '../../src/domain/record/collections.ts';
import { KINDS } from '../../src/domain/record/record-enums.ts';
import { catalogueToCsv, catalogueToJson } from '../../src/domain/record/export.ts';
import type { CollectionVocabulary } from '../../src/domain/record/schema.ts';
import { summarize } from '../../src/domain/record/summary.ts';
import { validateCatalogue } from '../../src/domain/record/validate-catalogue.ts';
import { buildSearchIndex } from '../../src/domain/search/search-index.ts';
import { toSearchSource } from '../../src/domain/search/search-source.ts';
import { searchCatalogue } from '../../src/domain/search/search.ts';
import { sitePages } from '../../src/domain/site/page-list.ts';
import { computeCoverage } from '../../src/domain/translation/coverage.ts';
import { formatCoverage } from '../../src/domain/translation/coverage-print.ts';
import { reviewQueue } from '../../src/domain/translation/review-queue.ts';
import { selectionUnits } from '../../src/domain/translation/text-selection.ts';
import { parseBrowseQuery } from '../../src/domain/url/browse-query.ts';
import { parseCoverageQuery } from '../../src/domain/url/coverage-query.ts';
import { readSelection } from '../../src/node/cli/selection-flags.ts';
import { fixtureCollections, fixtureText, makeStandard, recordFile, vocabularyFiles } from '../fixtures/standards.ts';

// A collection no code knows: added to collections.yaml, it must show wherever collections show.
const nightSchool = {
  zh: '夜校培训标准', lo: 'ມາດຕະຖານໂຮງຮຽນພາກຄ່ຳ', en: 'Night-school standards', prefix: 'NSS', order: 2,
  kinds: ['course-standard'], description: { zh: '夜校的培训标准。', lo: 'ມາດຕະຖານຝຶກອົບຮົມພາກຄ່ຳ.', en: 'Training standards for night schools.' },
} satisfies CollectionVocabulary[string];
// Placed second: the others after it move down one.
const collections: CollectionVocabulary = Object.fromEntries(
  Object.entries(fixtureCollections).map(([key, entry]) => [key, entry.order >= 2 ? { ...entry, order: entry.order + 1 } : entry]),
);
collections['night-school'] = nightSchool;

const records = [
  makeStandard({ id: 'ICC-01' }),
  makeStandard({ id: 'NSS-01', collection: 'night-school', text: { zh: fixtureText('zh', '夜间焊接'), lo: fixtureText('lo', 'ການເຊື່ອມພາກຄ່ຳ'), en: fixtureText('en', 'Evening welding') } }),
  makeStandard({ id: 'NSS-02', collection: 'night-school' }),
];
const files = [
  ...vocabularyFiles.filter((f) => !f.path.endsWith('collections.yaml')),
  { path: 'standards/_vocab/collections.yaml', text: stringify(collections) },
  { path: 'standards/published-ids.txt', text: records.map((r) => r.id).join('\n') },
  ...records.map((r) => recordFile(r)),
];
const result = validateCatalogue(files);
const catalogue = result.catalogue!;
const keys = collectionKeys(catalogue.vocabularies.collections);
const summaries = catalogue.standards.map(summarize);

describe('a collection added as data', () => {
  it('validates: its records are in standards/night-school/ with ids that start with its prefix', () => {
    expect(result.problems).toEqual([]);
    expect(keys).toEqual(['lao-course', 'night-school', 'intl-course', 'co-developed']);
  });

  it('refuses an id with another collection\'s prefix, naming the file, line and field', () => {
    const stray = makeStandard({ id: 'ICC-02', collection: 'night-school' });
    const { problems } = validateCatalogue([...files.slice(0, -4), recordFile(stray), { path: 'standards/published-ids.txt', text: 'ICC-02' }]);
    expect(problems).toEqual([expect.objectContaining({ file: 'standards/night-school/ICC-02.yaml', path: 'id', message: 'must start with NSS- in the night-school collection' })]);
    expect(problems[0].line).toBe(1);
  });

  it('is checked like the other vocabularies: file, line and field of each problem, all at once', () => {
    const broken = { ...collections, 'night-school': { ...nightSchool, prefix: 'ICC', order: 1, certified: 'nobody', kinds: ['poem'] } };
    const { problems } = validateCatalogue([...files.filter((f) => !f.path.endsWith('collections.yaml')), { path: 'standards/_vocab/collections.yaml', text: stringify(broken) }]);
    expect(problems.filter((p) => p.file.endsWith('collections.yaml')).map((p) => [p.path, p.message])).toEqual([
      ['night-school.kinds.0', `must be one of ${KINDS.join(', ')}`],
    ]);
    const valid = { ...collections, 'night-school': { ...nightSchool, prefix: 'ICC', order: 1, certified: 'nobody' } };
    const second = validateCatalogue([...files.filter((f) => !f.path.endsWith('collections.yaml')), { path: 'standards/_vocab/collections.yaml', text: stringify(valid) }]);
    expect(second.problems.filter((p) => p.file.endsWith('collections.yaml')).map((p) => [p.path, p.message])).toEqual([
      ['night-school.prefix', 'ICC is also the prefix of intl-course'],
      ['night-school.order', '1 is also the order of lao-course'],
      ['night-school.certified', 'nobody is not in standards/_vocab/bodies.yaml'],
    ]);
    expect(second.problems.every((p) => p.line! > 0)).toBe(true);
  });

  it('asks each record of a certified collection for its certification by that body', () => {
    const certified = { ...collections, 'night-school': { ...nightSchool, certified: 'lao-mes-tvet' } };
    const { problems } = validateCatalogue([...files.filter((f) => !f.path.endsWith('collections.yaml')), { path: 'standards/_vocab/collections.yaml', text: stringify(certified) }]);
    expect(problems.map((p) => [p.file, p.path, p.message])).toEqual(['NSS-01', 'NSS-02'].map((id) => [
      `standards/night-school/${id}.yaml`, 'certification', 'is required: every record of the night-school collection is certified by lao-mes-tvet',
    ]));
  });

  it('is a browse facet value with its count, and a URL may choose it', () => {
    expect(facetCounts(summaries, {}, 'collection', 'en').get('night-school')).toBe(2);
    const query = parseBrowseQuery({ collection: 'night-school' }, keys);
    expect(query.collection).toBe('night-school');
    expect(filterStandards(summaries, query, 'en').map((s) => s.id)).toEqual(['NSS-01', 'NSS-02']);
    expect(parseBrowseQuery({ collection: 'day-school' }, keys).collection).toBeUndefined();
  });

  it('has its place and count in the home page summary', () => {
    expect(countByCollection(summaries, catalogue.vocabularies.collections).map(({ key, count }) => [key, count])).toEqual([
      ['lao-course', 0], ['night-school', 2], ['intl-course', 1], ['co-developed', 0],
    ]);
  });

  it('has its coverage figures, its filter on the coverage page and its line in the terminal report', () => {
    const report = computeCoverage({ standards: catalogue.standards, ui: { zh: {}, lo: {}, en: {} } });
    expect(report.byCollection['night-school']?.lo).toBeDefined();
    expect(parseCoverageQuery({ collection: 'night-school', rcollection: 'night-school' }, keys)).toMatchObject({ collection: 'night-school', rcollection: 'night-school' });
    const lines = formatCoverage(report, keys).split('\n');
    const at = (label: string) => lines.findIndex((line) => line.startsWith(label));
    expect(at('night-school lo')).toBeGreaterThan(-1);
    expect(at('night-school lo')).toBeLessThan(at('intl-course lo'));
    expect(reviewQueue(catalogue.standards, 'lo', catalogue.vocabularies.collections).some((item) => item.collection === 'night-school')).toBe(true);
  });

  it('is found by search, by title and by id', () => {
    const index = buildSearchIndex(catalogue.standards.map((s) => toSearchSource(s, catalogue.vocabularies, () => [])));
    expect(searchCatalogue(index, 'evening welding')[0]?.id).toBe('NSS-01');
    expect(searchCatalogue(index, 'nss 2')[0]).toMatchObject({ id: 'NSS-02', field: 'id' });
  });

  it('is in the JSON and CSV exports', () => {
    expect(JSON.parse(catalogueToJson(catalogue)).filter((r: { collection: string }) => r.collection === 'night-school')).toHaveLength(2);
    expect(catalogueToCsv(catalogue)).toMatch(/\r\nNSS-01,illustrative,night-school,/);
  });

  it('chooses the texts of an XLIFF export (--collection night-school), and a wrong key is told the keys there are', () => {
    const selection = readSelection('lo', { collection: 'night-school' }, catalogue.standards, keys);
    expect(selection).toMatchObject({ collection: 'night-school' });
    const units = selectionUnits(catalogue.standards, selection as Exclude<typeof selection, { error: string }>);
    expect(units.map((file) => file.recordId)).toEqual(['NSS-01', 'NSS-02']);
    expect(readSelection('lo', { collection: 'day-school' }, catalogue.standards, keys)).toEqual({
      error: '--collection day-school: use one of lao-course, night-school, intl-course, co-developed.',
    });
  });

  it('has its records\' pages prerendered in every language, with their short links', () => {
    const paths = sitePages(catalogue.standards).map((page) => page.path);
    for (const path of ['/lo/standards/NSS-01', '/zh/standards/NSS-01', '/en/standards/NSS-02', '/s/NSS-01', '/s/NSS-02']) expect(paths).toContain(path);
  });
});
