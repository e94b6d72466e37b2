import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/domain/translation/fingerprint.ts';
import { fillFingerprints, openRecordDocument, writeRecordDocument, YAML_WRITE_OPTIONS } from '../../src/domain/translation/record-edit.ts';
import { courseStandardSchema } from '../../src/domain/record/schema.ts';
import { makeStandard } from '../fixtures/standards.ts';

describe('filling in fingerprints (npm run fingerprint)', () => {
  const standard = makeStandard({ fingerprints: { en: { title: '0badf00d' } } });
  const text = `# A comment that must stay.\n${stringify(standard, YAML_WRITE_OPTIONS)}`;
  const fill = (source: string) => {
    const doc = openRecordDocument(source)!;
    const changed = fillFingerprints(doc, courseStandardSchema.parse(parse(source)));
    return { changed, written: writeRecordDocument(doc) };
  };

  it('adds the fingerprint of the current Chinese to every translated text that has none, and only that', () => {
    const { changed, written } = fill(text);
    expect(changed).toBe(true);
    // Everything before is kept byte for byte, the comment too; Lao comes before English, as in the rest of the file.
    const block = text.indexOf('fingerprints:\n') + 'fingerprints:\n'.length;
    expect(written.startsWith(text.slice(0, block))).toBe(true);
    expect(written.slice(block)).toMatch(/^ {2}lo:\n {4}title: [0-9a-f"]+\n[^]* {2}en:\n {4}title: 0badf00d\n {4}summary: /);
    expect(written).toContain(`\n    summary: ${fingerprint('zh summary of 电池维护.')}\n`);
    const record = courseStandardSchema.parse(parse(written));
    expect(record.fingerprints?.en?.title).toBe('0badf00d');
    expect(Object.keys(record.fingerprints?.lo ?? {})).toHaveLength(14);
    expect(Object.keys(record.fingerprints?.en ?? {})).toHaveLength(14);
    expect(record.fingerprints?.lo?.['units/1/requirements']).toBe(fingerprint('zh requirements two.'));
  });

  it('changes nothing the second time', () => {
    const once = fill(text).written;
    expect(fill(once)).toEqual({ changed: false, written: once });
  });

  it('refuses to edit a file the yaml library would write differently', () => {
    expect(openRecordDocument('id: ICC-01\npartners: [ a, b ]\n')).toBeUndefined();
    expect(openRecordDocument('id: ICC-01\npartners: [a, b]\n')).toBeDefined();
  });
});
