import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/domain/problems.ts';
import { validateCatalogue } from '../../src/domain/validate-catalogue.ts';
import { LANGUAGES } from '../../src/domain/languages.ts';
import { SECTION_IDS } from '../../src/domain/sections.ts';
import { readStandardFiles } from '../../src/node/read-standards.ts';

const result = validateCatalogue(readStandardFiles(process.cwd()));
const standards = result.catalogue?.standards ?? [];

describe('the shipped catalogue', () => {
  it('validates with no problems', () => {
    expect(result.problems.length === 0 ? '' : formatProblems(result.problems)).toBe('');
  });

  it('holds 17 Lao course standards, 20 international courses and 24 co-developed standards', () => {
    const count = (collection: string) => standards.filter((s) => s.collection === collection).length;
    expect([count('lao-course'), count('intl-course'), count('co-developed')]).toEqual([17, 20, 24]);
    expect(standards.map((s) => s.id)).toEqual([
      ...Array.from({ length: 24 }, (_, i) => `CDS-${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 20 }, (_, i) => `ICC-${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 17 }, (_, i) => `LCS-${String(i + 1).padStart(2, '0')}`),
    ]);
  });

  it('fills every section of every record in all three languages', () => {
    for (const standard of standards) {
      for (const lang of LANGUAGES) {
        const text = standard.text[lang];
        expect(text, `${standard.id} ${lang}`).toBeDefined();
        for (const section of SECTION_IDS) expect(text![section], `${standard.id} ${lang} ${section}`).toBeTruthy();
      }
    }
  });

  it('is honest: every record illustrative, no Lao or English marked reviewed or approved', () => {
    for (const standard of standards) {
      expect(standard.provenance, standard.id).toBe('illustrative');
      expect(['machine', 'draft'], `${standard.id} lo`).toContain(standard.translation.lo);
      expect(['machine', 'draft'], `${standard.id} en`).toContain(standard.translation.en);
    }
  });

  it('writes Lao text in Lao script, not Thai', () => {
    for (const standard of standards) {
      const lao = JSON.stringify(standard.text.lo);
      expect(lao, standard.id).not.toMatch(/[\u0E00-\u0E7F]/);
      expect(lao.match(/[\u0E80-\u0EFF]/g)?.length ?? 0, standard.id).toBeGreaterThan(500);
    }
  });

  it('copies no text between records', () => {
    const seen = new Map<string, string>();
    for (const standard of standards) {
      for (const lang of LANGUAGES) {
        const text = standard.text[lang]!;
        const sentences = [text.title, text.summary, text.nature, text.assessment, ...text.units.map((u) => u.requirements)];
        for (const sentence of sentences) {
          const owner = seen.get(sentence);
          expect(owner, `${standard.id} ${lang} repeats ${owner}: ${sentence.slice(0, 60)}`).toBeUndefined();
          seen.set(sentence, standard.id);
        }
      }
    }
  });
});

describe('published ids', () => {
  it('every id ever published still resolves to a record', async () => {
    const { readFileSync } = await import('node:fs');
    const { parsePublishedIds } = await import('../../src/domain/published-ids.ts');
    const { findStandard } = await import('../../src/domain/catalogue.ts');
    const published = parsePublishedIds(readFileSync('standards/published-ids.txt', 'utf8'));
    expect(published.length).toBeGreaterThanOrEqual(61);
    for (const { id } of published) expect(findStandard(standards, id), id).toBeDefined();
    for (const standard of standards) for (const alias of standard.aliases ?? []) expect(findStandard(standards, alias)?.id).toBe(standard.id);
  });
});
