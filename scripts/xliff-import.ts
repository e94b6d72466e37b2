// npm run xliff:import -- FILE [--lang lo|en]
// Merges a translated XLIFF 2 file into the record files. XLIFF `translated` makes a text draft, `reviewed` and
// `final` make it reviewed, `initial` leaves it alone. Everything is checked first; on any problem nothing is written.
import { readFileSync } from 'node:fs';
import { isTargetLanguage } from '../src/domain/translation/coverage-state.ts';
import { fail, guardCommand, readCommandLine, usageError } from '../src/node/cli/cli.ts';
import { importXliff } from '../src/node/translation/xliff-import-files.ts';

const USAGE = 'Usage: npm run xliff:import -- FILE [--lang lo|en]';
guardCommand();
const { values, positionals } = readCommandLine(USAGE, { lang: { type: 'string' }, root: { type: 'string' } }, { min: 1, max: 1 });
if (values.lang !== undefined && !isTargetLanguage(values.lang)) usageError(`--lang ${values.lang}: use lo or en.`, USAGE);
let xml = '';
try {
  xml = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(positionals[0]));
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(`${positionals[0]}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code ? (error as Error).message : 'is not valid UTF-8'}`);
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
