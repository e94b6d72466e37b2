// npm run validate: checks every record and vocabulary file under standards/.
import { COLLECTIONS } from '../src/domain/record-enums.ts';
import { loadCatalogueOrExit } from '../src/node/load-catalogue.ts';

const { standards } = loadCatalogueOrExit(process.argv[2] ?? process.cwd());
for (const collection of COLLECTIONS) {
  console.log(`${collection.padEnd(14)} ${standards.filter((s) => s.collection === collection).length}`);
}
console.log(`${'total'.padEnd(14)} ${standards.length} records, no problems`);
