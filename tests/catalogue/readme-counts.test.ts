import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectionListMarkdown, withCollectionList } from '../../src/domain/record/collection-list.ts';
import { realCatalogue, realCounts } from '../fixtures/real-catalogue.ts';

describe('the README states the catalogue as it is', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('lists every collection with the number of records the catalogue holds (npm run readme writes it)', () => {
    expect(withCollectionList(readme, collectionListMarkdown(realCatalogue))).toBe(readme);
    for (const [key, entry] of Object.entries(realCatalogue.vocabularies.collections)) {
      expect(readme).toContain(`- **${realCounts.inCollection(key)} ${entry.en}** (\`${key}\``);
    }
  });

  it('types no total of the records by hand', () => {
    const total = new RegExp(`\\b${realCounts.records}\\s+(records|standards)\\b`);
    expect(readme.split('\n').filter((line) => total.test(line))).toEqual([]);
  });
});
