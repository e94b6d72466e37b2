import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { writeXliff } from '../../src/domain/translation/xliff-write.ts';
import { GLOSSARY_NAMESPACE } from '../../src/domain/terms/xliff-glossary.ts';
import type { XliffRecordFile } from '../../src/domain/translation/xliff-export.ts';
import { readXliff } from '../../src/node/translation/xliff-read.ts';
import { fixtureGlossary, tractionBattery } from '../fixtures/glossary.ts';

const XLIFF = 'urn:oasis:names:tc:xliff:document:2.0';
const glossary = [...fixtureGlossary.concepts, { ...tractionBattery, id: 'battery', zh: { term: '电池' }, definition: { zh: '储存电能的装置 <含 & 符号>。' } }];
const files: XliffRecordFile[] = [
  {
    recordId: 'ICC-01',
    units: [
      { id: 'ICC-01.summary', name: 'ICC-01/summary', source: '本课程标准规定动力电池与绝缘检测。', target: 'ມາດຕະຖານຫຼັກສູດນີ້.', state: 'initial', subState: 'lcs:machine' },
      { id: 'ICC-01.nature', name: 'ICC-01/nature', source: '电池的充电。', state: 'initial' },
      { id: 'ICC-01.assessment', name: 'ICC-01/assessment', source: '过程考核。', target: 'ການປະເມີນ.', state: 'translated', subState: 'lcs:draft' },
    ],
  },
];
const parse = (xml: string) => new (new JSDOM().window.DOMParser)().parseFromString(xml, 'application/xml');
const entriesOf = (unit: Element) =>
  [...unit.getElementsByTagNameNS(GLOSSARY_NAMESPACE, 'glossEntry')].map((entry) => ({
    id: entry.getAttribute('id'),
    term: entry.getElementsByTagNameNS(GLOSSARY_NAMESPACE, 'term')[0]?.textContent,
    translations: [...entry.getElementsByTagNameNS(GLOSSARY_NAMESPACE, 'translation')].map((t) => t.textContent),
    definition: entry.getElementsByTagNameNS(GLOSSARY_NAMESPACE, 'definition')[0]?.textContent,
  }));

describe('XLIFF export with the termbase (Glossary module)', () => {
  it('lists, per unit and in reading order, the concepts whose Chinese term is in the source, with the target terms', async () => {
    const doc = parse(await writeXliff('lo', files, glossary));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const [summary, nature, assessment] = [...doc.getElementsByTagNameNS(XLIFF, 'unit')];
    // 动力电池 is one concept: the shorter 电池 inside it is not listed as well.
    expect(entriesOf(summary)).toEqual([
      { id: 'course-standard', term: '课程标准', translations: ['ມາດຕະຖານຫຼັກສູດ', 'ມາດຕະຖານຫລັກສູດ'], definition: '规定一门课程的目标、内容和考核的文件。' },
      { id: 'traction-battery', term: '动力电池', translations: ['ແບັດເຕີຣີຂັບເຄື່ອນ', 'ແບັດເຕີລີຂັບເຄື່ອນ'], definition: undefined },
      { id: 'insulation', term: '绝缘', translations: ['ສນວນ', 'ສະໜວນ'], definition: undefined },
    ]);
    // Markup in a definition is escaped, not written as elements.
    expect(entriesOf(nature)).toEqual([{ id: 'battery', term: '电池', translations: ['ແບັດເຕີຣີຂັບເຄື່ອນ', 'ແບັດເຕີລີຂັບເຄື່ອນ'], definition: '储存电能的装置 <含 & 符号>。' }]);
    expect(assessment.getElementsByTagNameNS(GLOSSARY_NAMESPACE, 'glossary')).toHaveLength(0);
    // XLIFF 2.0 puts module elements before the unit's segments.
    expect([...summary.children].map((e) => `${e.prefix ?? ''}:${e.localName}`)).toEqual(['gls:glossary', ':segment']);
  });

  it('gives English translations and the English definition in an export to English', async () => {
    const doc = parse(await writeXliff('en', files, glossary));
    const [summary] = [...doc.getElementsByTagNameNS(XLIFF, 'unit')];
    expect(entriesOf(summary)[0]).toEqual({ id: 'course-standard', term: '课程标准', translations: ['course standard'], definition: 'The document that sets a course’s aims, content and assessment.' });
  });

  it('is read back exactly as the same export without it: the import ignores the module', async () => {
    const plain = readXliff(await writeXliff('lo', files));
    const withGlossary = readXliff(await writeXliff('lo', files, glossary));
    expect(withGlossary).toEqual(plain);
    expect('units' in plain && plain.units).toHaveLength(3);
  });

  it('writes no namespace and no entry without a termbase', async () => {
    const xml = await writeXliff('lo', files);
    expect(xml).not.toContain('gls');
  });
});
