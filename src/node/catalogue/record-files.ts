import { join } from 'node:path';
import type { Catalogue } from '../../domain/record/catalogue.ts';
import type { SourceFile } from '../../domain/record/parse-yaml-file.ts';
import type { Problem } from '../../domain/record/problems.ts';
import { validateCatalogue } from '../../domain/record/validate-catalogue.ts';
import { writeFilesAtomically, type WriteOperations } from '../cli/atomic-files.ts';
import { readStandardFiles } from './read-standards.ts';

export interface EditableCatalogue {
  catalogue: Catalogue;
  files: SourceFile[];
  /** The file of each record, by record id. */
  fileOf: Map<string, SourceFile>;
}

/** The validated catalogue with the files it came from, for scripts that edit records; or its problems. */
export function readEditableCatalogue(root: string): EditableCatalogue | { problems: Problem[] } {
  const files = readStandardFiles(root);
  const result = validateCatalogue(files);
  if (!result.catalogue) return { problems: result.problems };
  const fileOf = new Map<string, SourceFile>();
  for (const standard of result.catalogue.standards) {
    const file = files.find((f) => new RegExp(`^standards/${standard.collection}/${standard.id}\\.ya?ml$`).test(f.path));
    if (file) fileOf.set(standard.id, file);
  }
  return { catalogue: result.catalogue, files, fileOf };
}

/**
 * Writes edited record files only if the catalogue they make still validates: all of them or, with the problems
 * returned, none. A write that fails part way (disk full) throws and leaves every file as it was.
 */
export function writeIfValid(root: string, files: readonly SourceFile[], edited: readonly SourceFile[], ops?: WriteOperations, alongside: readonly SourceFile[] = []): Problem[] {
  const byPath = new Map(edited.map((f) => [f.path, f]));
  const result = validateCatalogue(files.map((f) => byPath.get(f.path) ?? f));
  if (!result.catalogue) return result.problems;
  // Files outside standards/ changed by the same operation (locale files) are written in the same all-or-none step.
  writeFilesAtomically([...edited, ...alongside].map((file) => ({ path: join(root, file.path), text: file.text })), ops);
  return [];
}
