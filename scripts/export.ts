// npm run export -- --format json|csv   writes the whole validated catalogue to standard output
import { catalogueToCsv, catalogueToJson } from '../src/domain/export.ts';
import { loadCatalogueOrExit } from '../src/node/load-catalogue.ts';

const args = process.argv.slice(2);
const format = args.includes('--format') ? args[args.indexOf('--format') + 1] : (args.find((a) => a.startsWith('--format='))?.slice(9) ?? 'json');
if (format !== 'json' && format !== 'csv') {
  console.error(`Unknown format "${format}": use --format json or --format csv`);
  process.exit(2);
}
// Piping into `head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
const catalogue = loadCatalogueOrExit();
process.stdout.write(format === 'json' ? catalogueToJson(catalogue) : catalogueToCsv(catalogue));
