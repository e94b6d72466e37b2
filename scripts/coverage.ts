// npm run translation:coverage [-- --json | --csv] [--lang lo[,en]] [--collection KEY] [--min lo=80,en=95]
// Translation coverage of the records and of the interface strings: the figures of the /coverage page.
import { computeCoverage } from '../src/domain/translation/coverage.ts';
import { coverageCsv } from '../src/domain/translation/coverage-csv.ts';
import { formatCoverage } from '../src/domain/translation/coverage-print.ts';
import { isTargetLanguage, type TargetLanguage } from '../src/domain/translation/coverage-state.ts';
import { belowThresholds, parseThresholds, type Thresholds } from '../src/domain/translation/coverage-threshold.ts';
import { collectionKeys } from '../src/domain/record/collections.ts';
import { guardCommand, readCommandLine, usageError } from '../src/node/cli/cli.ts';
import { loadCatalogueOrExit } from '../src/node/catalogue/load-catalogue.ts';
import { readUiStates, readUiStrings } from '../src/node/catalogue/read-locales.ts';
import { readSelection, SELECTION_OPTIONS, SELECTION_USAGE } from '../src/node/cli/selection-flags.ts';
import { selectionCsv } from '../src/domain/translation/text-selection.ts';

const USAGE = `Usage: npm run translation:coverage -- [--json | --csv] [--lang lo,en] [--collection KEY] [--min lo=80,en=95]\n       npm run translation:coverage -- --csv --lang lo|en ${SELECTION_USAGE}`;
const fail = (message: string): never => usageError(message, USAGE);

guardCommand();
// `npm run coverage` reads like test coverage; it stays as an alias of translation:coverage, and says so.
if (process.env.npm_lifecycle_event === 'coverage') console.error('note: `npm run coverage` is now `npm run translation:coverage` (translation coverage, not test coverage).');
const { values } = readCommandLine(USAGE, { json: { type: 'boolean' }, csv: { type: 'boolean' }, lang: { type: 'string' }, min: { type: 'string' }, ...SELECTION_OPTIONS });
const { json, csv, lang, collection, min } = values;
const selecting = values.field !== undefined || values.records !== undefined || values.state !== undefined;
if (selecting && !(csv && isTargetLanguage(lang))) fail('--field, --records and --state choose the texts of a CSV in one language: add --csv and --lang lo or --lang en.');
if (json && csv) fail('Choose one of --json and --csv.');
const languages = lang?.split(',').map((l) => l.trim());
if (languages?.some((l) => !isTargetLanguage(l))) fail(`--lang ${lang}: use lo, en or lo,en (Chinese is the source).`);
let thresholds: Thresholds | undefined;
if (min !== undefined) {
  const parsed = parseThresholds(min);
  if ('error' in parsed) fail(String(parsed.error));
  else thresholds = parsed;
}

const catalogue = loadCatalogueOrExit();
const collections = collectionKeys(catalogue.vocabularies.collections);
if (collection !== undefined && !collections.includes(collection)) fail(`--collection ${collection}: use one of ${collections.join(', ')}.`);
const options = { languages: languages as TargetLanguage[] | undefined, collection };
const report = computeCoverage({ standards: catalogue.standards, ui: readUiStrings(process.cwd()), uiStates: readUiStates(process.cwd()) }, options);

if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else if (csv && isTargetLanguage(lang)) {
  // One language: the texts as the coverage page's "next to review" download writes them, byte for byte.
  const selection = readSelection(lang, values, catalogue.standards, collections);
  if ('error' in selection) fail(selection.error);
  else process.stdout.write(selectionCsv(catalogue.standards, selection));
} else if (csv) process.stdout.write(coverageCsv(catalogue.standards, options));
else process.stdout.write(formatCoverage(report, collections));

const failures = thresholds ? belowThresholds(report, thresholds) : [];
if (failures.length > 0) {
  console.error(`Translation coverage below the minimum:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exitCode = 1;
}
