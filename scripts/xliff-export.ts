// npm run xliff:export -- --lang lo [--only missing,machine,stale] [--collection lao-course] [--out FILE]
// One XLIFF 2.0 file for translators: every text of every record (or those --only chooses) with its Chinese source,
// its current translation, its state and a stable id. Written to standard output, or to FILE with --out.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isTargetLanguage } from '../src/domain/coverage-state.ts';
import { EXPORT_FILTERS, exportUnits, type ExportFilter } from '../src/domain/xliff-export.ts';
import { COLLECTIONS } from '../src/domain/record-enums.ts';
import { loadCatalogueOrExit } from '../src/node/load-catalogue.ts';
import { writeXliff } from '../src/node/xliff-write.ts';

const USAGE = `Usage: npm run xliff:export -- --lang lo|en [--only ${EXPORT_FILTERS.join(',')}] [--collection ${COLLECTIONS.join('|')}] [--out FILE]`;
const fail = (message: string): never => {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
};

let values;
try {
  ({ values } = parseArgs({ options: { lang: { type: 'string' }, only: { type: 'string' }, collection: { type: 'string' }, out: { type: 'string' } } }));
} catch (error) {
  fail((error as Error).message);
}
const { lang, only, collection, out } = values!;
if (!isTargetLanguage(lang)) fail(`--lang ${lang ?? '(missing)'}: use lo or en (Chinese is the source).`);
const filters = only?.split(',').map((f) => f.trim());
const unknown = filters?.filter((f) => !(EXPORT_FILTERS as readonly string[]).includes(f));
if (unknown?.length) fail(`--only ${unknown.join(',')}: choose from ${EXPORT_FILTERS.join(', ')}.`);
if (collection !== undefined && !(COLLECTIONS as readonly string[]).includes(collection)) fail(`--collection ${collection}: use one of ${COLLECTIONS.join(', ')}.`);

const standards = loadCatalogueOrExit().standards.filter((s) => !collection || s.collection === collection);
const files = exportUnits(standards, lang as 'lo' | 'en', filters as ExportFilter[] | undefined);
const count = files.reduce((sum, f) => sum + f.units.length, 0);
if (count === 0) {
  console.error('No text matches: nothing to export.');
  process.exit(0);
}
const xml = await writeXliff(lang as 'lo' | 'en', files);
if (out) {
  writeFileSync(out, xml, 'utf8');
  console.error(`Wrote ${count} texts of ${files.length} records to ${out}.`);
} else {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
  process.stdout.write(xml);
}
