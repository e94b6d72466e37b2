import type { Catalogue } from './catalogue.ts';
import { countByCollection } from './collections.ts';

/** The lines between these markers in README.md are written by `npm run readme` from the catalogue. */
export const LIST_START = '<!-- collections: written by `npm run readme` from the catalogue; do not edit by hand -->';
export const LIST_END = '<!-- /collections -->';

/**
 * The catalogue's collections as a Markdown list, in English: how many records each holds, its key and id range,
 * its description and who certified it. The numbers come from the records, so no count is ever typed by hand.
 */
export function collectionListMarkdown({ standards, vocabularies }: Catalogue): string {
  return countByCollection(standards, vocabularies.collections)
    .map(({ key, entry, count }) => {
      const ids = standards.filter((s) => s.collection === key).map((s) => s.id);
      const range = ids.length === 0 ? 'no records yet' : ids.length === 1 ? ids[0] : `${ids[0]}…${ids.at(-1)}`;
      const certified = entry.certified ? ` Certified by: ${vocabularies.bodies[entry.certified]?.en ?? entry.certified}.` : '';
      return `- **${count} ${entry.en}** (\`${key}\`, ${range}): ${entry.description.en}${certified}`;
    })
    .join('\n');
}

/** README text with the list between the markers replaced; undefined if the markers are missing. */
export function withCollectionList(readme: string, list: string): string | undefined {
  const start = readme.indexOf(LIST_START);
  const end = readme.indexOf(LIST_END);
  if (start < 0 || end < start) return undefined;
  return `${readme.slice(0, start + LIST_START.length)}\n${list}\n${readme.slice(end)}`;
}
