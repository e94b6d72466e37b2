import { describe, expect, it } from 'vitest';
import { filterConcepts, glossaryOrders, groupConcepts, STRUCTURE_GROUP } from '../../../src/domain/terms/glossary-groups.ts';
import { parseGlossaryQuery } from '../../../src/domain/terms/glossary-query.ts';
import { fixtureGlossary } from '../../fixtures/glossary.ts';

const ids = (concepts: readonly { id: string }[]) => concepts.map((c) => c.id);

describe('the glossary grouped by field', () => {
  it('puts the structure of a standard first, then fields in the given order, a concept under its first field only', () => {
    const groups = groupConcepts(fixtureGlossary.concepts, ['railway', 'nev'], 'en');
    expect(groups.map((g) => [g.key, ids(g.concepts)])).toEqual([
      [STRUCTURE_GROUP, ['course-standard']],
      ['railway', ['interlocking']],
      ['nev', ['insulation', 'traction-battery']],
    ]);
  });

  it('sorts concepts by their term in the page language', () => {
    const nev = (lang: 'zh' | 'lo' | 'en') => ids(groupConcepts(fixtureGlossary.concepts, ['nev', 'railway'], lang).find((g) => g.key === 'nev')!.concepts);
    expect(nev('en')).toEqual(['insulation', 'traction-battery']);
    // ແ sorts after ສ in Lao order.
    expect(nev('lo')).toEqual(['insulation', 'traction-battery']);
    expect(new Intl.Collator('lo').compare('ແບັດ', 'ສນວນ')).toBeGreaterThan(0);
  });
});

describe('the glossary filter', () => {
  it('keeps everything without a filter, and matches a term in any language', () => {
    expect(ids(filterConcepts(fixtureGlossary.concepts, undefined))).toEqual(ids(fixtureGlossary.concepts));
    expect(ids(filterConcepts(fixtureGlossary.concepts, '  '))).toEqual(ids(fixtureGlossary.concepts));
    expect(ids(filterConcepts(fixtureGlossary.concepts, '电池'))).toEqual(['traction-battery']);
    expect(ids(filterConcepts(fixtureGlossary.concepts, 'ສນວນ'))).toEqual(['insulation']);
    expect(ids(filterConcepts(fixtureGlossary.concepts, 'Battery'))).toEqual(['traction-battery']);
  });

  it('matches variants, abbreviations and forms to avoid, on the search normalisation', () => {
    expect(ids(filterConcepts(fixtureGlossary.concepts, 'ev batt'))).toEqual(['traction-battery']);
    // ຫຼ typed as ຫລ, ໜ typed as ຫນ: the same letters for search.
    expect(ids(filterConcepts(fixtureGlossary.concepts, 'ຫລັກສູດ'))).toEqual(['course-standard']);
    expect(ids(filterConcepts(fixtureGlossary.concepts, 'ສະຫນວນ'))).toEqual(['insulation']);
    // A Lao term typed with a space between words.
    expect(ids(filterConcepts(fixtureGlossary.concepts, 'ມາດຕະຖານ ຫຼັກສູດ'))).toEqual(['course-standard']);
    expect(ids(filterConcepts(fixtureGlossary.concepts, 'power cell'))).toEqual(['traction-battery']);
    expect(ids(filterConcepts(fixtureGlossary.concepts, 'no such term'))).toEqual([]);
  });
});

describe('the glossary URL', () => {
  it('reads the filter forgivingly: text is kept, a number reads as text, anything else as no filter', () => {
    expect(parseGlossaryQuery({ q: 'ສນວນ' })).toEqual({ q: 'ສນວນ' });
    expect(parseGlossaryQuery({ q: 5 })).toEqual({ q: '5' });
    expect(parseGlossaryQuery({ q: ['a'] })).toEqual({ q: undefined });
    expect(parseGlossaryQuery({ q: '   ' })).toEqual({ q: undefined });
    expect(parseGlossaryQuery({ q: 'x'.repeat(1000) }).q).toHaveLength(200);
  });
});

describe('glossary orders made at build time', () => {
  const labels = { nev: { zh: '新能源汽车', lo: 'ລົດໄຟຟ້າ', en: 'New-energy vehicles' }, railway: { zh: '铁道', lo: 'ທາງລົດໄຟ', en: 'Railway' } };

  it('sorts fields by label and concepts by term, per language', () => {
    const orders = glossaryOrders(fixtureGlossary.concepts, labels);
    const collator = new Intl.Collator('en');
    const byTerm = [...fixtureGlossary.concepts].sort((a, b) => collator.compare(a.en.term, b.en.term) || collator.compare(a.id, b.id)).map((c) => c.id);
    expect(orders.en.concepts).toEqual(byTerm);
    expect(orders.en.fields).toEqual(['nev', 'railway']);
    expect(Object.keys(orders).sort(new Intl.Collator('en').compare)).toEqual(['en', 'lo', 'zh']);
  });

  it('groups in the given order rather than the running browser collation', () => {
    const reversed = [...fixtureGlossary.concepts].map((c) => c.id).reverse();
    const grouped = groupConcepts(fixtureGlossary.concepts, ['nev', 'railway'], 'lo', reversed);
    for (const group of grouped) {
      const positions = group.concepts.map((c) => reversed.indexOf(c.id));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});
