import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from '../../domain/record/parse-yaml-file.ts';
import { decodeSourceFile } from '../../domain/record/source-text.ts';

/**
 * Reads every YAML file under standards/ (records and vocabularies) and published-ids.txt, paths relative to `root`.
 * Bytes are decoded as strict UTF-8: a file that is not comes back with its problem instead of its text.
 */
export function readStandardFiles(root: string): SourceFile[] {
  const dir = join(root, 'standards');
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => /\.ya?ml$/.test(name) || name === 'published-ids.txt')
    .sort()
    .map((name) => {
      const full = join(dir, name);
      return decodeSourceFile(relative(root, full).split(sep).join('/'), readFileSync(full));
    });
}
