// npm run xliff:export -- --lang lo [--collection C] [--field F] [--records ID,ID] [--state S,S] [--only …] [--out FILE]
// One XLIFF 2.0 file for translators: every text of every record (or those the flags choose, as the coverage page's
// "next to review" filters do) with its Chinese source, its current translation, its state and a stable id.
// Each unit lists the termbase concepts whose Chinese term is in its source (XLIFF 2.0 Glossary module, gls:).
// Written to standard output, or to FILE with --out. The page's XLIFF download is the same bytes.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isTargetLanguage } from '../src/domain/translation/coverage-state.ts';
import { EXPORT_FILTERS, type ExportFilter } from '../src/domain/translation/xliff-export.ts';
import { selectionUnits } from '../src/domain/translation/text-selection.ts';
import { uiExportFile } from '../src/domain/translation/ui-xliff.ts';
import { readUiStates, readUiStrings } from '../src/node/catalogue/read-locales.ts';
import { writeFilesAtomically } from '../src/node/cli/atomic-files.ts';
import { fail, guardCommand, readCommandLine, usageError } from '../src/node/cli/cli.ts';
import { loadCatalogueOrExit } from '../src/node/catalogue/load-catalogue.ts';
import { collectionKeys } from '../src/domain/record/collections.ts';
import { readSelection, SELECTION_OPTIONS, SELECTION_USAGE } from '../src/node/cli/selection-flags.ts';
import { writeXliff } from '../src/domain/translation/xliff-write.ts';

const USAGE = `Usage: npm run xliff:export -- --lang lo|en ${SELECTION_USAGE} [--only ${EXPORT_FILTERS.join(',')}] [--out FILE]\n       npm run xliff:export -- --lang lo|en --ui [--out FILE]   (the interface strings)`;
guardCommand();
const { values } = readCommandLine(USAGE, { lang: { type: 'string' }, only: { type: 'string' }, out: { type: 'string' }, ui: { type: 'boolean' }, ...SELECTION_OPTIONS });
const { lang, only, out } = values;
if (!isTargetLanguage(lang)) usageError(`--lang ${lang ?? '(missing)'}: use lo or en (Chinese is the source).`, USAGE);
const filters = only?.split(',').map((f) => f.trim());
const unknown = filters?.filter((f) => !(EXPORT_FILTERS as readonly string[]).includes(f));
if (unknown?.length) usageError(`--only ${unknown.join(',')}: choose from ${EXPORT_FILTERS.join(', ')}.`, USAGE);

if (out !== undefined) {
  const folder = dirname(resolve(out));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) fail(`${out}: the folder ${folder} does not exist`);
  if (existsSync(out) && statSync(out).isDirectory()) fail(`${out}: is a folder; give a file name, e.g. ${out.replace(/\/$/, '')}/lao.xlf`);
}

const { standards, vocabularies, glossary } = loadCatalogueOrExit();
const selection = readSelection(lang as 'lo' | 'en', values, standards, collectionKeys(vocabularies.collections));
if ('error' in selection) usageError(selection.error, USAGE);
// --ui: the interface strings (locales/) instead of the records, in one <file id="ui">.
const files = values.ui
  ? [uiExportFile(readUiStrings(process.cwd()), readUiStates(process.cwd()), lang as 'lo' | 'en')]
  : selectionUnits(standards, selection as Exclude<typeof selection, { error: string }>, filters as ExportFilter[] | undefined);
const count = files.reduce((sum, f) => sum + f.units.length, 0);
if (count === 0) {
  console.error('No text matches: nothing to export.');
  process.exit(0);
}
// Record texts carry the termbase's concepts found in their Chinese (XLIFF Glossary module); interface strings do not.
const xml = await writeXliff(lang as 'lo' | 'en', files, values.ui ? undefined : glossary.concepts);
if (out) {
  try {
    writeFilesAtomically([{ path: out, text: xml }]);
  } catch (error) {
    fail(`${out}: could not be written (${(error as Error).message})`);
  }
  console.error(values.ui ? `Wrote ${count} interface strings to ${out}.` : `Wrote ${count} texts of ${files.length} records to ${out}.`);
} else {
  process.stdout.write(xml);
}
