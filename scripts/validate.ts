// npm run validate: checks every record and vocabulary file under standards/.
import { COLLECTIONS } from '../src/domain/record-enums.ts';
import { formatProblems } from '../src/domain/problems.ts';
import { validateCatalogue } from '../src/domain/validate-catalogue.ts';
import { readStandardFiles } from '../src/node/read-standards.ts';

const root = process.argv[2] ?? process.cwd();
const result = validateCatalogue(readStandardFiles(root));
if (!result.catalogue) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}
const { standards } = result.catalogue;
for (const collection of COLLECTIONS) {
  console.log(`${collection.padEnd(14)} ${standards.filter((s) => s.collection === collection).length}`);
}
console.log(`${'total'.padEnd(14)} ${standards.length} records, no problems`);
