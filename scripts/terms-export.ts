// npm run terms:export -- --format tbx|csv [--out FILE]
// The termbase (standards/_glossary/) for CAT tools: TBX (ISO 30042, TBX-Basic) or CSV with a byte-order mark.
// Written to standard output, or to FILE with --out.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { termbaseCsv, termbaseTbx } from '../src/domain/terms/termbase-export.ts';
import { writeFilesAtomically } from '../src/node/cli/atomic-files.ts';
import { fail, guardCommand, readCommandLine, usageError } from '../src/node/cli/cli.ts';
import { loadCatalogueOrExit } from '../src/node/catalogue/load-catalogue.ts';

const USAGE = 'Usage: npm run terms:export -- --format tbx|csv [--out FILE]';
guardCommand();
const { values } = readCommandLine(USAGE, { format: { type: 'string' }, out: { type: 'string' } });
const { format, out } = values;
if (format !== 'tbx' && format !== 'csv') usageError(`--format ${format ?? '(missing)'}: use tbx or csv.`, USAGE);
if (out !== undefined) {
  const folder = dirname(resolve(out));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) fail(`${out}: the folder ${folder} does not exist`);
  if (existsSync(out) && statSync(out).isDirectory()) fail(`${out}: is a folder; give a file name, e.g. ${out.replace(/\/$/, '')}/termbase.${format}`);
}

const { glossary, vocabularies } = loadCatalogueOrExit();
const text = format === 'tbx' ? termbaseTbx(glossary, vocabularies.fields) : termbaseCsv(glossary, vocabularies.fields);
if (out) {
  try {
    writeFilesAtomically([{ path: out, text }]);
  } catch (error) {
    fail(`${out}: could not be written (${(error as Error).message})`);
  }
  console.error(`Wrote ${glossary.concepts.length} concepts to ${out}.`);
} else {
  process.stdout.write(text);
}
