import { describe, expect, it } from 'vitest';
import { expandQuery } from '../../../src/domain/terms/expand-query.ts';
import type { Concept, Glossary } from '../../../src/domain/terms/glossary-schema.ts';

const concept = (c: Omit<Concept, 'fields'>): Concept => ({ fields: [], ...c });
const glossary: Glossary = {
  concepts: [
    concept({
      id: 'drone',
      zh: { term: '无人机' },
      lo: { term: 'ໂດຣນ', state: 'machine' },
      en: { term: 'drone', variants: ['UAV'], state: 'draft' },
    }),
    concept({
      id: 'insulation',
      zh: { term: '绝缘' },
      lo: { term: 'ສນວນ', variants: ['ສະໜວນ'], forbidden: ['ສະນວນ'], state: 'machine' },
      en: { term: 'insulation', state: 'draft' },
    }),
    concept({
      id: 'can-bus',
      zh: { term: 'CAN总线' },
      lo: { term: 'ເຄືອຂ່າຍ CAN', state: 'machine' },
      en: { term: 'CAN bus', variants: ['CAN'], state: 'draft' },
    }),
  ],
  allowedInLao: [],
};
const concepts = (query: string) => expandQuery(glossary, query).map((e) => e.concept);

describe('expandQuery', () => {
  it('finds a concept from an abbreviation and offers its forms in the three languages', () => {
    expect(expandQuery(glossary, 'UAV repair')).toEqual([
      {
        concept: 'drone',
        matched: { lang: 'en', form: 'UAV' },
        forms: [
          { lang: 'zh', form: '无人机' },
          { lang: 'lo', form: 'ໂດຣນ' },
          { lang: 'en', form: 'drone' },
        ],
      },
    ]);
  });

  it('finds a concept from a Lao variant, an older spelling folded by search, or a misspelling', () => {
    expect(concepts('ສະໜວນ')).toEqual(['insulation']);
    expect(concepts('ສະຫນວນ')).toEqual(['insulation']);
    expect(concepts('ການກວດສະນວນ')).toEqual(['insulation']);
  });

  it('finds a concept from Chinese inside a longer query', () => {
    expect(concepts('无人机维修')).toEqual(['drone']);
  });

  it('does not expand what only looks like a form', () => {
    // Lowercase "can" is a word, not the bus; ສນວນ inside ສະນວນ is found as the misspelling, never as a cut syllable.
    expect(concepts('how can I charge')).toEqual([]);
    expect(concepts('drones')).toEqual(['drone']);
    expect(concepts('droneport')).toEqual([]);
    expect(concepts('ໂດຣນນ')).toEqual([]);
    expect(concepts('   ')).toEqual([]);
  });
});
