import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskOperations, type WriteOperations } from '../../src/node/cli/atomic-files.ts';
import { importXliff } from '../../src/node/translation/xliff-import-files.ts';
import { MAX_XLIFF_BYTES } from '../../src/node/translation/xliff-read.ts';
import { MAX_TEXT_CHARACTERS } from '../../src/domain/record/text-rules.ts';
import { changedFiles, copyOfStandards, editUnit, exportFrom, snapshot } from '../fixtures/xliff.ts';

let copy: ReturnType<typeof copyOfStandards>;
let before: Map<string, string>;
/** Two changed units in two records: a write that fails on the second file must leave the first untouched. */
let twoRecords: string;

beforeEach(async () => {
  copy = copyOfStandards();
  const xml = await exportFrom(copy.root, 'lo', undefined, ['LCS-01', 'ICC-03']);
  twoRecords = editUnit(editUnit(xml, 'ICC-03.title', { state: 'translated', target: 'ຊື່ໃໝ່' }), 'LCS-01.title', { state: 'translated', target: 'ຫົວຂໍ້ໃໝ່' });
  before = snapshot(copy.root);
});
afterEach(() => copy.remove());

function refusedWith(xml: string, problem: string | RegExp) {
  const result = importXliff(copy.root, xml);
  expect(result.written).toEqual([]);
  expect(result.problems).toContainEqual(typeof problem === 'string' ? problem : expect.stringMatching(problem));
  expect(changedFiles(before, snapshot(copy.root))).toEqual([]);
}

describe('XLIFF is read strictly, and a refused import writes nothing', { timeout: 30_000 }, () => {
  it('both changes are written when nothing is wrong', () => {
    expect(importXliff(copy.root, twoRecords).written.sort()).toEqual(['standards/intl-course/ICC-03.yaml', 'standards/lao-course/LCS-01.yaml']);
  });

  it('refuses a DOCTYPE with internal entities, naming its line', () => {
    const withEntities = twoRecords.replace('<xliff', '<!DOCTYPE xliff [<!ENTITY h "ha">]>\n<xliff').replace('ຊື່ໃໝ່', '&h;&h;&h;');
    refusedWith(withEntities, 'the file declares a DOCTYPE (line 2): XLIFF needs none, and its entities are not read');
  });

  it('refuses an entity beyond XML\'s five', () => {
    refusedWith(twoRecords.replace('ຊື່ໃໝ່', '&nbsp;ຊື່'), /^not well-formed XML/);
  });

  it('refuses a numeric reference to a non-character', () => {
    refusedWith(twoRecords.replace('ຊື່ໃໝ່', 'ຊື່&#xFFFE;'), /^the character reference &#xFFFE; \(line \d+\) is not a character XML allows$/);
    refusedWith(twoRecords.replace('ຊື່ໃໝ່', 'ຊື່&#65535;'), /^the character reference &#65535; /);
  });

  it('refuses control and bidi characters in a target, naming the unit', () => {
    refusedWith(twoRecords.replace('ຊື່ໃໝ່', 'ຊື່\u202Eໃໝ່'), 'ICC-03.title: the target contains the bidirectional control U+202E at character 4: remove it');
    refusedWith(twoRecords.replace('ຊື່ໃໝ່', 'ຊື່&#x85;ໃໝ່'), 'ICC-03.title: the target contains the control character U+0085 at character 4: remove it');
  });

  it('refuses a target over the size limit, and a file over its limit', () => {
    const long = 'ກ'.repeat(MAX_TEXT_CHARACTERS + 1);
    refusedWith(twoRecords.replace('ຊື່ໃໝ່', long), `ICC-03.title: the target is ${(MAX_TEXT_CHARACTERS + 1).toLocaleString('en')} characters long: the limit is ${MAX_TEXT_CHARACTERS.toLocaleString('en')} per text`);
    const padded = twoRecords.replace('</xliff>', `<!--${' '.repeat(MAX_XLIFF_BYTES)}--></xliff>`);
    refusedWith(padded, /^the file is [\d,]+ bytes: the limit is [\d,]+ bytes$/);
  });

  it('a write that fails on the second file leaves every record byte-identical', () => {
    let writes = 0;
    const failing: WriteOperations = {
      ...diskOperations,
      writeNew(path, text) {
        if (++writes === 2) throw new Error('ENOSPC: no space left on device');
        diskOperations.writeNew(path, text);
      },
    };
    const result = importXliff(copy.root, twoRecords, undefined, failing);
    expect(result.problems).toEqual(['could not write the record files (ENOSPC: no space left on device): every record file is as it was']);
    expect(writes).toBe(2);
    expect(changedFiles(before, snapshot(copy.root))).toEqual([]);
  });

  it('a rename that fails on the second file puts the first back', () => {
    let renames = 0;
    const failing: WriteOperations = {
      ...diskOperations,
      rename(from, to) {
        if (++renames === 2) throw new Error('EIO: i/o error');
        diskOperations.rename(from, to);
      },
    };
    const result = importXliff(copy.root, twoRecords, undefined, failing);
    expect(result.problems).toEqual(['could not write the record files (EIO: i/o error): every record file is as it was']);
    expect(changedFiles(before, snapshot(copy.root))).toEqual([]);
  });
});
