import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/domain/search/search-index.ts';
import { searchCatalogue, exactIdOf } from '../../src/domain/search/search.ts';
import { toSearchSource } from '../../src/domain/search/search-source.ts';
import { fixtureCollections, makeStandard, fixtureText } from '../fixtures/standards.ts';

const vocabularies = {
  fields: { nev: { zh: '新能源汽车', lo: 'ລົດພະລັງງານໃໝ່', en: 'New-energy vehicles' } },
  partners: {},
  bodies: {},
  collections: fixtureCollections,
};
const pinyinOf = (text: string) => [...text].map((c) => ({ 电: 'dian', 池: 'chi', 充: 'chong', 维: 'wei', 护: 'hu' })[c] ?? '');

function indexOf(...standards: ReturnType<typeof makeStandard>[]) {
  return buildSearchIndex(standards.map((s) => toSearchSource(s, vocabularies, pinyinOf)));
}
const marked = (text: string, ranges: [number, number][]) => ranges.map(([a, b]) => text.slice(a, b));

describe('snippets', () => {
  it('highlights the original characters even when the query is spelled differently', () => {
    const lo = { ...fixtureText('lo', 'ການບຳລຸງຮັກສາປໍ້າ'), summary: 'ກວດສອບລະດັບນ້ຳມັນ ແລະ ຫຼໍ່ລື່ນ ທຸກອາທິດ.' };
    const index = indexOf(makeStandard({ text: { ...makeStandard().text, lo } }));
    const [hit] = searchCatalogue(index, 'ນ້ໍາມັນ');
    const snippet = hit.snippet()!;
    expect(snippet.lang).toBe('lo');
    expect(snippet.anchor).toBe('summary');
    expect(marked(snippet.text, snippet.ranges)).toEqual(['ນ້ຳມັນ']);
  });

  it('highlights the Chinese characters that a pinyin query spells', () => {
    const zh = { ...fixtureText('zh', '电池维护'), title: '电池维护' };
    const index = indexOf(makeStandard({ text: { ...makeStandard().text, zh } }));
    const snippet = searchCatalogue(index, 'dianchi')[0].snippet()!;
    expect(snippet).toMatchObject({ text: '电池维护', lang: 'zh' });
    expect(marked(snippet.text, snippet.ranges)).toEqual(['电池']);
  });

  it('ranks a title match above a body match', () => {
    const inTitle = makeStandard({ id: 'ICC-02' });
    inTitle.text.en = { ...fixtureText('en', 'Charging stations'), title: 'Charging stations' };
    const inBody = makeStandard({ id: 'ICC-01' });
    inBody.text.en = { ...fixtureText('en', 'Battery care'), nature: 'Covers charging stations briefly.' };
    expect(searchCatalogue(indexOf(inBody, inTitle), 'charging station').map((h) => [h.id, h.field])).toEqual([
      ['ICC-02', 'title'],
      ['ICC-01', 'body'],
    ]);
  });

  it('does not match a two-character Chinese query on one shared character', () => {
    const battery = makeStandard();
    battery.text.zh = { ...fixtureText('zh', '电池'), title: '动力电池', summary: '电池检测。' };
    expect(searchCatalogue(indexOf(battery), '充电')).toEqual([]);
  });

  it('reads ids typed any way', () => {
    for (const typed of ['lcs-03', 'LCS03', 'lcs 3', ' Lcs_03 ', 'ＬＣＳ－０３']) expect(exactIdOf(typed)).toBe('LCS-03');
    expect(exactIdOf('lcs 300')).toBeUndefined();
  });
});

describe('short Lao queries', () => {
  it('do not treat a different tone mark as a typo', () => {
    const water = makeStandard({ id: 'ICC-01' });
    water.text.lo = { ...fixtureText('lo', 'x'), title: 'ການນຳໃຊ້ຂໍ້ມູນ' };
    const hits = searchCatalogue(indexOf(water), 'ນ້ຳ');
    expect(hits).toEqual([]);
  });
});
