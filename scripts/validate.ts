// npm run validate [-- DIR]: checks every record and vocabulary file under DIR/standards/ (default: here).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { countByCollection } from '../src/domain/record/collections.ts';
import { fail, guardCommand, readCommandLine } from '../src/node/cli/cli.ts';
import { loadCatalogueOrExit } from '../src/node/catalogue/load-catalogue.ts';

guardCommand();
const { positionals } = readCommandLine('Usage: npm run validate [-- DIR]   (DIR holds standards/; default: the current folder)', {}, { max: 1 });
const root = positionals[0] ?? process.cwd();
const standardsDir = join(root, 'standards');
if (!existsSync(standardsDir) || !statSync(standardsDir).isDirectory()) fail(`${standardsDir}: no such folder (a catalogue keeps its records in standards/)`);

const { standards, vocabularies } = loadCatalogueOrExit(root);
for (const { key, count } of countByCollection(standards, vocabularies.collections)) console.log(`${key.padEnd(14)} ${count}`);
console.log(`${'total'.padEnd(14)} ${standards.length} records, no problems`);
