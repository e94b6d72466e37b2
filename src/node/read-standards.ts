import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from '../domain/parse-yaml-file.ts';

/** Reads every YAML file under standards/ (records and vocabularies) and published-ids.txt, paths relative to `root`. */
export function readStandardFiles(root: string): SourceFile[] {
  const dir = join(root, 'standards');
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => /\.ya?ml$/.test(name) || name === 'published-ids.txt')
    .sort()
    .map((name) => {
      const full = join(dir, name);
      return { path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') };
    });
}
