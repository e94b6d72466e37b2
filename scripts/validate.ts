// npm run validate [-- DIR]: checks every record and vocabulary file under DIR/standards/ (default: here).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../src/domain/record/record-enums.ts';
import { fail, guardCommand, readCommandLine } from '../src/node/cli/cli.ts';
import { loadCatalogueOrExit } from '../src/node/catalogue/load-catalogue.ts';

guardCommand();
const { positionals } = readCommandLine('Usage: npm run validate [-- DIR]   (DIR holds standards/; default: the current folder)', {}, { max: 1 });
const root = positionals[0] ?? process.cwd();
const standardsDir = join(root, 'standards');
if (!existsSync(standardsDir) || !statSync(standardsDir).isDirectory()) fail(`${standardsDir}: no such folder (a catalogue keeps its records in standards/)`);

const { standards } = loadCatalogueOrExit(root);
for (const collection of COLLECTIONS) {
  console.log(`${collection.padEnd(14)} ${standards.filter((s) => s.collection === collection).length}`);
}
console.log(`${'total'.padEnd(14)} ${standards.length} records, no problems`);
