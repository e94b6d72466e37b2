// npm run search -- "query" [--lang zh|lo|en]   ranked ids and titles
// npm run search -- --json < file              one query per line in (split on \n only), one JSON array of ids per line out
import { buildSearchIndex } from '../src/domain/search/search-index.ts';
import { searchCatalogue } from '../src/domain/search/search.ts';
import { prepareQuery } from '../src/domain/search/prepare-query.ts';
import { pickLocalized } from '../src/domain/text/localize.ts';
import { guardCommand, readCommandLine, usageError } from '../src/node/cli/cli.ts';
import { buildSearchSources } from '../src/node/catalogue/search-sources.ts';
import { loadCatalogueOrExit } from '../src/node/catalogue/load-catalogue.ts';
import { isLanguage } from '../src/domain/text/languages.ts';
import { queryLines } from '../src/node/cli/query-lines.ts';

const USAGE = 'Usage: npm run search -- "query" [--lang zh|lo|en]   or   npm run search -- --json < queries.txt';
guardCommand();
const { values, positionals } = readCommandLine(USAGE, { json: { type: 'boolean' }, lang: { type: 'string', default: 'en' } }, { max: Infinity });
if (!isLanguage(values.lang)) usageError(`--lang ${values.lang}: use zh, lo or en`, USAGE);
const lang = values.lang;
const query = positionals.join(' ');
if (values.json && query) usageError('--json reads its queries from standard input, one per line: give no query after it', USAGE);
if (!values.json && !query.trim()) usageError('no query given', USAGE);

const index = buildSearchIndex(buildSearchSources(loadCatalogueOrExit()));
const run = async (q: string) => searchCatalogue(index, q, await prepareQuery(index, q));

if (values.json) {
  for await (const line of queryLines(process.stdin)) process.stdout.write(`${JSON.stringify((await run(line)).map((hit) => hit.id))}\n`);
} else {
  const hits = await run(query);
  if (hits.length === 0) console.log(`No standard matches "${query}".`);
  hits.forEach((hit, i) => {
    const title = pickLocalized(index.sources[index.idToDoc.get(hit.id)!].titles, lang)?.value ?? '';
    console.log(`${String(i + 1).padStart(2)}. ${hit.id}  ${title}  [${hit.field}]`);
  });
}
