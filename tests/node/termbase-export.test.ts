import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { UTF8_BOM } from '../../src/domain/text/csv.ts';
import { TBX_NAMESPACE, TERMBASE_CSV_HEADER, tbxId, termbaseCsv, termbaseTbx } from '../../src/domain/terms/termbase-export.ts';
import { fixtureGlossary } from '../fixtures/glossary.ts';
import { realCatalogue } from '../fixtures/real-catalogue.ts';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const command = (format: string) => execFileSync(tsx, ['scripts/terms-export.ts', '--format', format], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const fields = { nev: { zh: '新能源汽车', lo: 'ລົດພະລັງງານໃໝ່', en: 'New-energy vehicles' }, railway: { zh: '铁道', lo: 'ທາງລົດໄຟ', en: 'Railways' } };

const LIST_ELEMENTS = new Set(['conceptEntry', 'langSec', 'termSec', 'descrip', 'termNote', 'note']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', isArray: (name) => LIST_ELEMENTS.has(name), parseTagValue: false });
type Node = Record<string, unknown> & { '#text'?: string };
const textOf = (node: unknown) => (typeof node === 'string' ? node : ((node as Node)['#text'] ?? ''));
const STATUSES = ['preferredTerm-admn-sts', 'admittedTerm-admn-sts', 'deprecatedTerm-admn-sts'];

/** Checks the TBX-Basic structure and returns, per concept id, each language's forms by administrative status. */
function readTbx(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const { tbx } = parser.parse(xml) as { tbx: Node };
  expect(tbx['@type']).toBe('TBX-Basic');
  expect(tbx['@style']).toBe('dca');
  expect(tbx['@xmlns']).toBe(TBX_NAMESPACE);
  expect(textOf((((tbx.tbxHeader as Node).fileDesc as Node).titleStmt as Node).title)).toMatch(/termbase/);
  const entries = ((tbx.text as Node).body as Node).conceptEntry as Node[];
  const concepts = new Map<string, Record<string, Record<string, string[]>>>();
  for (const entry of entries) {
    const id = entry['@id'] as string;
    expect(id).toMatch(/^[A-Za-z_][\w.-]*$/);
    expect((entry.descrip as Node[]).every((d) => d['@type'] === 'subjectField' && textOf(d) !== '')).toBe(true);
    const langs: Record<string, Record<string, string[]>> = {};
    for (const langSec of entry.langSec as Node[]) {
      const byStatus: Record<string, string[]> = {};
      for (const termSec of langSec.termSec as Node[]) {
        const [status] = termSec.termNote as Node[];
        expect(status['@type']).toBe('administrativeStatus');
        expect(STATUSES).toContain(textOf(status));
        (byStatus[textOf(status)] ??= []).push(textOf(termSec.term));
      }
      expect(byStatus['preferredTerm-admn-sts']).toHaveLength(1);
      langs[langSec['@xml:lang'] as string] = byStatus;
    }
    concepts.set(id, langs);
  }
  expect(concepts.size).toBe(entries.length);
  return concepts;
}

describe('the termbase as TBX (ISO 30042, TBX-Basic)', () => {
  it('writes every concept of the catalogue with its three languages, each with one preferred term', () => {
    const concepts = readTbx(command('tbx'));
    const { glossary } = realCatalogue;
    expect([...concepts.keys()]).toEqual(glossary.concepts.map((c) => tbxId(c.id)));
    for (const concept of glossary.concepts) {
      const langs = concepts.get(tbxId(concept.id))!;
      expect(Object.keys(langs)).toEqual(['zh', 'lo', 'en']);
      for (const lang of ['zh', 'lo', 'en'] as const) expect(langs[lang]['preferredTerm-admn-sts']).toEqual([concept[lang].term]);
    }
  });

  it('writes variants as admitted and forbidden forms as deprecated, definitions and notes in their language, markup escaped', () => {
    const glossary = { ...fixtureGlossary, concepts: [...fixtureGlossary.concepts, { ...fixtureGlossary.concepts[3], id: '5s', note: { zh: '5S <整理> & 整顿' } }] };
    const xml = termbaseTbx(glossary, fields);
    const concepts = readTbx(xml);
    expect(concepts.get('course-standard')).toEqual({
      zh: { 'preferredTerm-admn-sts': ['课程标准'], 'admittedTerm-admn-sts': ['课标'] },
      lo: { 'preferredTerm-admn-sts': ['ມາດຕະຖານຫຼັກສູດ'], 'admittedTerm-admn-sts': ['ມາດຕະຖານຫລັກສູດ'], 'deprecatedTerm-admn-sts': ['ມາດຕະຖານວິຊາ'] },
      en: { 'preferredTerm-admn-sts': ['course standard'] },
    });
    // An id that begins with a digit is not an XML ID as it stands.
    expect(concepts.has('c-5s')).toBe(true);
    const { tbx } = parser.parse(xml) as { tbx: Node };
    const entries = ((tbx.text as Node).body as Node).conceptEntry as Node[];
    const fiveS = entries.find((e) => e['@id'] === 'c-5s')!;
    expect(((fiveS.langSec as Node[])[0].note as Node[]).map(textOf)).toEqual(['5S <整理> & 整顿']);
    const courseStandard = entries.find((e) => e['@id'] === 'course-standard')!;
    expect((courseStandard.descrip as Node[]).map(textOf)).toEqual(['Structure of a course standard']);
    const [, , en] = courseStandard.langSec as Node[];
    expect((en.descrip as Node[]).map((d) => [d['@type'], textOf(d)])).toEqual([['definition', 'The document that sets a course’s aims, content and assessment.']]);
    const insulation = entries.find((e) => e['@id'] === 'insulation')!;
    expect((insulation.descrip as Node[]).map(textOf)).toEqual(['New-energy vehicles', 'Railways']);
  });
});

describe('the termbase as CSV', () => {
  it('has a byte-order mark, a header and one row per concept of the catalogue', () => {
    const csv = command('csv');
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(TERMBASE_CSV_HEADER.join(','));
    const ids = lines.slice(1).map((line) => line.split(',')[0]);
    expect(ids).toEqual(realCatalogue.glossary.concepts.map((c) => c.id));
  });

  it('puts the preferred terms first and joins variants and forbidden forms', () => {
    const [, row] = termbaseCsv(fixtureGlossary, fields).slice(1).split('\r\n');
    expect(row).toBe(
      'course-standard,课程标准,ມາດຕະຖານຫຼັກສູດ,course standard,Structure of a course standard,课标,,ມາດຕະຖານຫລັກສູດ,ມາດຕະຖານວິຊາ,machine,,,draft,' +
        '规定一门课程的目标、内容和考核的文件。,,"The document that sets a course’s aims, content and assessment.",,,',
    );
  });
});
