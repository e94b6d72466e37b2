import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/domain/record/problems.ts';
import { validateCatalogue } from '../../src/domain/record/validate-catalogue.ts';
import { LANGUAGES } from '../../src/domain/text/languages.ts';
import { sectionsOf } from '../../src/domain/record/sections.ts';
import { textEntries } from '../../src/domain/record/text-walk.ts';
import { readStandardFiles } from '../../src/node/catalogue/read-standards.ts';

const result = validateCatalogue(readStandardFiles(process.cwd()));
const standards = result.catalogue?.standards ?? [];

describe('the shipped catalogue', () => {
  it('validates with no problems', () => {
    expect(result.problems.length === 0 ? '' : formatProblems(result.problems)).toBe('');
  });

  it('holds at least as many records per collection as the newspaper reports, numbered without gaps', () => {
    // The seed (shared/seed, second article) reports 17 certified Lao course standards, 20 Lao–China international
    // courses, 24 co-developed standards and 10 specialty, course and training standards built with partner schools:
    // the catalogue may grow past them, never fall short.
    const reported: Record<string, number> = { 'lao-course': 17, 'intl-course': 20, 'co-developed': 24, 'partner-school': 10 };
    for (const [collection, atLeast] of Object.entries(reported)) {
      const ids = standards.filter((s) => s.collection === collection).map((s) => s.id);
      expect(ids.length, collection).toBeGreaterThanOrEqual(atLeast);
      const prefix = result.catalogue?.vocabularies.collections[collection].prefix;
      expect(ids, collection).toEqual(ids.map((_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`));
    }
  });

  it('fills every section of every record in all three languages', () => {
    for (const standard of standards) {
      for (const lang of LANGUAGES) {
        const text = standard.text[lang];
        expect(text, `${standard.id} ${lang}`).toBeDefined();
        for (const { id } of sectionsOf(standard.kind)) expect((text as Record<string, unknown>)[id], `${standard.id} ${lang} ${id}`).toBeTruthy();
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
        // The title, the one-text sections and the entries' bodies (list items and entry headings may fairly recur).
        const sentences = textEntries(text).filter(([path]) => !path.includes('/') || /\/(requirements|definition)$/.test(path)).map(([, value]) => value);
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
    const { parsePublishedIds } = await import('../../src/domain/record/published-ids.ts');
    const { findStandard } = await import('../../src/domain/record/catalogue.ts');
    const published = parsePublishedIds(readFileSync('standards/published-ids.txt', 'utf8'));
    expect(published.length).toBeGreaterThanOrEqual(standards.length);
    for (const { id } of published) expect(findStandard(standards, id), id).toBeDefined();
    for (const standard of standards) for (const alias of standard.aliases ?? []) expect(findStandard(standards, alias)?.id).toBe(standard.id);
  });
});
