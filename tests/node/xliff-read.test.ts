import { describe, expect, it } from 'vitest';
import { readXliff } from '../../src/node/translation/xliff-read.ts';
import { writeXliff } from '../../src/domain/translation/xliff-write.ts';

const wrap = (units: string, root = 'xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="lo-LA"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff ${root}><file id="f">${units}</file></xliff>`;

describe('reading XLIFF 2 as CAT tools return it', () => {
  it('reads what the export writes, escapes and all', async () => {
    const xml = await writeXliff('lo', [
      { recordId: 'LCS-01', units: [{ id: 'LCS-01.title', name: 'LCS-01/title', source: '安全 & <防护> "一"', target: 'ກ & ຂ', state: 'translated', subState: 'lcs:draft' }] },
    ]);
    expect(readXliff(xml)).toEqual({ srcLang: 'zh', trgLang: 'lo', problems: [], units: [{ id: 'LCS-01.title', source: '安全 & <防护> "一"', target: 'ກ & ຂ', state: 'translated' }] });
  });

  it('joins a unit a tool split into segments, with the least advanced state, and reads CDATA and CRLF', () => {
    const xml = wrap(`<unit id="u"><segment state="final"><source>甲。</source><target>ກ.</target></segment><ignorable><source> </source><target> </target></ignorable>
      <segment state="translated"><source>乙。</source><target><![CDATA[ຂ]]>\r\nຄ</target></segment></unit>`);
    expect(readXliff(xml)).toMatchObject({ units: [{ id: 'u', source: '甲。 乙。', target: 'ກ. ຂ\nຄ', state: 'translated' }], problems: [] });
  });

  it('takes a segment without a state as initial, and a unit without a target as untranslated', () => {
    expect(readXliff(wrap('<unit id="u"><segment><source>甲</source></segment></unit>'))).toMatchObject({ units: [{ id: 'u', source: '甲', target: undefined, state: 'initial' }] });
  });

  it('understands a prefixed XLIFF namespace and ignores other namespaces', () => {
    const xml = `<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="zh" trgLang="en">
      <x:file id="f"><x:unit id="u"><mda:metadata><mda:metaGroup/></mda:metadata><x:segment state="reviewed"><x:source>甲</x:source><x:target>A</x:target></x:segment></x:unit></x:file></x:xliff>`;
    expect(readXliff(xml)).toMatchObject({ trgLang: 'en', units: [{ id: 'u', source: '甲', target: 'A', state: 'reviewed' }], problems: [] });
  });

  it('names the unit of each problem it finds', () => {
    const xml = wrap('<unit id="a"><segment state="signed-off"><source>甲</source></segment></unit><unit id="b"><notes/></unit><unit><segment><source>丙</source></segment></unit>');
    expect(readXliff(xml)).toMatchObject({
      problems: ['a: state "signed-off" is not an XLIFF 2 state (initial, translated, reviewed, final)', 'b: has no <segment>', 'a <unit> has no id'],
    });
  });

  it('refuses a file that is not well-formed, with its line and column', () => {
    expect(readXliff(wrap('<unit id="u"><segment><source>甲</segment></unit>'))).toEqual({ error: expect.stringMatching(/^not well-formed XML: .+ \(line 2, column \d+\)$/) });
    expect(readXliff('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>')).toEqual({ error: expect.stringMatching(/^not an XLIFF 2 document/) });
  });
});
