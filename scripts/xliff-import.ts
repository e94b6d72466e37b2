// npm run xliff:import -- FILE [--lang lo|en]
// Merges a translated XLIFF 2 file into the record files. XLIFF `translated` makes a text draft, `reviewed` and
// `final` make it reviewed, `initial` leaves it alone. Everything is checked first; on any problem nothing is written.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isTargetLanguage } from '../src/domain/coverage-state.ts';
import { importXliff } from '../src/node/xliff-import-files.ts';

const USAGE = 'Usage: npm run xliff:import -- FILE [--lang lo|en]';
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { lang: { type: 'string' }, root: { type: 'string' } } });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}
if (values.lang !== undefined && !isTargetLanguage(values.lang)) {
  console.error(`--lang ${values.lang}: use lo or en.\n${USAGE}`);
  process.exit(2);
}
let xml: string;
try {
  xml = readFileSync(positionals[0], 'utf8');
} catch (error) {
  console.error(`Cannot read ${positionals[0]}: ${(error as Error).message}`);
  process.exit(1);
}

const result = importXliff(values.root ?? process.cwd(), xml, values.lang as 'lo' | 'en' | undefined);
for (const warning of result.warnings) console.error(`warning: ${warning}`);
if (result.problems.length > 0) {
  console.error(`Nothing written: ${positionals[0]} has ${result.problems.length === 1 ? 'a problem' : `${result.problems.length} problems`}:`);
  for (const problem of result.problems) console.error(`  ${problem}`);
  process.exit(1);
}
if (result.changes.length === 0) {
  console.log('Nothing to change: every text in the file is already in the records.');
} else {
  for (const change of result.changes) {
    console.log(`  ${change.id}  ${change.from} → ${change.to}${change.textChanged ? '  (new text)' : ''}`);
  }
  const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  console.log(`Imported ${plural(result.changes.length, 'text')} into ${plural(result.written.length, 'record file')}.`);
}
