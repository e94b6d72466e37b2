// npm run search -- "query"        ranked ids and titles
// npm run search -- --json < file  one query per line in, one JSON array of ranked ids per line out
import { createInterface } from 'node:readline';
import { buildSearchIndex } from '../src/domain/search/search-index.ts';
import { searchCatalogue } from '../src/domain/search/search.ts';
import { prepareQuery } from '../src/domain/search/prepare-query.ts';
import { pickLocalized } from '../src/domain/localize.ts';
import { buildSearchSources } from '../src/node/search-sources.ts';
import { loadCatalogueOrExit } from '../src/node/load-catalogue.ts';
import { isLanguage } from '../src/domain/languages.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const langFlag = args.indexOf('--lang');
const langArg = args[langFlag + 1];
const lang = langFlag >= 0 && isLanguage(langArg) ? langArg : 'en';
const query = args.filter((a, i) => !a.startsWith('--') && (langFlag < 0 || i !== langFlag + 1)).join(' ');

const index = buildSearchIndex(buildSearchSources(loadCatalogueOrExit()));
const run = async (q: string) => searchCatalogue(index, q, await prepareQuery(index, q));

if (json) {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    console.log(JSON.stringify((await run(line)).map((hit) => hit.id)));
  }
} else if (!query.trim()) {
  console.error('Usage: npm run search -- "query" [--lang zh|lo|en]   or   npm run search -- --json < queries.txt');
  process.exit(2);
} else {
  const hits = await run(query);
  if (hits.length === 0) console.log(`No standard matches "${query}".`);
  hits.forEach((hit, i) => {
    const title = pickLocalized(index.sources[index.idToDoc.get(hit.id)!].titles, lang)?.value ?? '';
    console.log(`${String(i + 1).padStart(2)}. ${hit.id}  ${title}  [${hit.field}]`);
  });
}
