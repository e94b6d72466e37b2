// npm run terms [-- --json] [--lang lo|en] [--strict]
// The terminology check: every record's texts against the termbase in standards/_glossary/.
import { parseYamlFile, type ParsedYaml } from '../src/domain/record/parse-yaml-file.ts';
import { formatProblems } from '../src/domain/record/problems.ts';
import { checkTerms } from '../src/domain/terms/check-terms.ts';
import { formatTermFindings, type LocatedFinding } from '../src/domain/terms/format-findings.ts';
import { fail, guardCommand, readCommandLine, usageError } from '../src/node/cli/cli.ts';
import { readEditableCatalogue } from '../src/node/catalogue/record-files.ts';

const USAGE = 'Usage: npm run terms -- [--json] [--lang lo|en] [--strict]   (--strict: exit 1 on any finding)';

guardCommand();
const { values } = readCommandLine(USAGE, { json: { type: 'boolean' }, lang: { type: 'string' }, strict: { type: 'boolean' } });
if (values.lang !== undefined && values.lang !== 'lo' && values.lang !== 'en') usageError(`--lang ${values.lang}: use lo or en (Chinese is the source).`, USAGE);

const read = readEditableCatalogue(process.cwd());
if ('problems' in read) fail(formatProblems(read.problems));
const { catalogue, fileOf } = read;
const findings = checkTerms(catalogue.standards, catalogue.glossary, values.lang ? [values.lang] : undefined);

const parsedFiles = new Map<string, ParsedYaml | undefined>();
const located: LocatedFinding[] = findings.map(({ keys, ...finding }) => {
  const file = fileOf.get(finding.record);
  if (!file) return { ...finding, file: finding.record };
  if (!parsedFiles.has(file.path)) parsedFiles.set(file.path, parseYamlFile(file).parsed);
  return { ...finding, file: file.path, line: parsedFiles.get(file.path)?.lineOf(keys) };
});

if (values.json) process.stdout.write(`${JSON.stringify(located, null, 2)}\n`);
else process.stdout.write(formatTermFindings(located));
if (values.strict && located.length > 0) process.exitCode = 1;
