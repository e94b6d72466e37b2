// npm run export -- --format json|csv   writes the whole validated catalogue to standard output
import { catalogueToCsv, catalogueToJson } from '../src/domain/record/export.ts';
import { guardCommand, readCommandLine, usageError } from '../src/node/cli/cli.ts';
import { loadCatalogueOrExit } from '../src/node/catalogue/load-catalogue.ts';

const USAGE = 'Usage: npm run export -- [--format json|csv]';
guardCommand();
const { values } = readCommandLine(USAGE, { format: { type: 'string', default: 'json' } });
if (values.format !== 'json' && values.format !== 'csv') usageError(`--format ${values.format}: use json or csv`, USAGE);
const catalogue = loadCatalogueOrExit();
process.stdout.write(values.format === 'json' ? catalogueToJson(catalogue) : catalogueToCsv(catalogue));
