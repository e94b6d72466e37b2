import { describe, expect, it } from 'vitest';
import { checkTerms } from '../../src/domain/terms/check-terms.ts';
import { expandQuery } from '../../src/domain/terms/expand-query.ts';
import { realCatalogue } from '../fixtures/real-catalogue.ts';

const { glossary, standards } = realCatalogue;

describe('the shipped termbase', () => {
  it('covers the structure of a standard and every field the records use, in at least 150 concepts', () => {
    expect(glossary.concepts.length).toBeGreaterThanOrEqual(150);
    expect(glossary.concepts.some((c) => c.fields.length === 0)).toBe(true);
    const fieldsInUse = new Set(standards.map((s) => s.field));
    const fieldsInTermbase = new Set(glossary.concepts.flatMap((c) => c.fields));
    expect([...fieldsInUse].filter((field) => !fieldsInTermbase.has(field))).toEqual([]);
  });

  it('is illustrative: every Lao and English term is machine or draft', () => {
    const states = new Set(glossary.concepts.flatMap((c) => [c.lo.state, c.en.state]));
    expect([...states].filter((state) => state !== 'machine' && state !== 'draft')).toEqual([]);
  });

  it('finds nothing in the catalogue (what npm run terms -- --strict checks)', () => {
    expect(checkTerms(standards, glossary)).toEqual([]);
  });
});

describe('query expansion with the shipped termbase', () => {
  const expanded = (query: string) => expandQuery(glossary, query).map((e) => e.concept);
  it('expands the examples of the issue to their concepts', () => {
    expect(expanded('UAV')).toEqual(['drone']);
    expect(expanded('EV battery')).toContain('traction-battery');
    expect(expanded('ສະໜວນ')).toEqual(['insulation']);
  });
  it('does not expand a query that names no concept', () => {
    expect(expanded('Vientiane')).toEqual([]);
  });
});
