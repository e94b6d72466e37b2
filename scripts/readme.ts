// npm run readme [-- --check]: writes the README's list of collections (how many records each holds) from the
// catalogue, between its markers; --check only reports (exit 1) when the README's list differs from the catalogue.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionListMarkdown, LIST_END, LIST_START, withCollectionList } from '../src/domain/record/collection-list.ts';
import { writeFilesAtomically } from '../src/node/cli/atomic-files.ts';
import { fail, guardCommand, readCommandLine } from '../src/node/cli/cli.ts';
import { loadCatalogueOrExit } from '../src/node/catalogue/load-catalogue.ts';

guardCommand();
const { values } = readCommandLine('Usage: npm run readme [-- --check]', { check: { type: 'boolean' } });
const path = join(process.cwd(), 'README.md');
const readme = readFileSync(path, 'utf8');
const updated = withCollectionList(readme, collectionListMarkdown(loadCatalogueOrExit()));
if (updated === undefined) fail(`${path}: the markers ${LIST_START} and ${LIST_END} are missing`);
else if (updated === readme) console.log('README.md: the list of collections matches the catalogue.');
else if (values.check) {
  console.error('README.md: the list of collections differs from the catalogue: run npm run readme.');
  process.exitCode = 1;
} else {
  writeFilesAtomically([{ path, text: updated }]);
  console.log('README.md: the list of collections is written from the catalogue.');
}
