import type { Catalogue } from '../../domain/record/catalogue.ts';
import { formatProblems } from '../../domain/record/problems.ts';
import { validateCatalogue } from '../../domain/record/validate-catalogue.ts';
import { readStandardFiles } from './read-standards.ts';

/** The validated catalogue for command-line scripts; exits with the problems listed when there are any. */
export function loadCatalogueOrExit(root = process.cwd()): Catalogue {
  const result = validateCatalogue(readStandardFiles(root));
  if (!result.catalogue) {
    console.error(formatProblems(result.problems));
    process.exit(1);
  }
  return result.catalogue;
}
