import type { Problem } from './problems.ts';
import type { SourceFile } from './parse-yaml-file.ts';
import type { CourseStandard } from './schema.ts';

export const PUBLISHED_IDS_PATH = 'standards/published-ids.txt';

/** The ids listed in published-ids.txt with their line numbers; `#` starts a comment. */
export function parsePublishedIds(text: string): { id: string; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ id: raw.replace(/#.*/, '').trim(), line: i + 1 }))
    .filter(({ id }) => id !== '');
}

/**
 * Links in print live for years: every id ever published must still resolve, as a record's id or as an alias
 * of the record that replaced it; and every record must be listed, so the list stays the full history.
 */
export function checkPublishedIds(file: SourceFile | undefined, standards: readonly Pick<CourseStandard, 'id' | 'aliases'>[]): Problem[] {
  if (!file) return [{ file: PUBLISHED_IDS_PATH, path: '', message: 'is missing: it lists every id ever published' }];
  const published = parsePublishedIds(file.text);
  const resolvable = new Set(standards.flatMap((s) => [s.id, ...(s.aliases ?? [])]));
  const listed = new Set(published.map(({ id }) => id));
  const problems: Problem[] = published
    .filter(({ id }) => !resolvable.has(id))
    .map(({ id, line }) => ({
      file: file.path,
      line,
      path: '',
      message: `${id} was published but no record has it as its id or among its aliases: restore the record, or add ${id} to the aliases of the record that replaced it`,
    }));
  for (const standard of standards) {
    if (!listed.has(standard.id)) problems.push({ file: file.path, path: '', message: `${standard.id} is not listed: add it when the record is published` });
  }
  return problems;
}
