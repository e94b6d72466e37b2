// npm run bench:search [-- --json] [-- --sizes 1000,10000]
// The catalogue engine against MiniSearch and FlexSearch (set up as their documentation advises for unspaced
// scripts, given the same normalised texts and pinyin), on the real catalogue and on synthetic ones of 1,000 and
// 10,000 records, all in one run: per-query median and p95, build time, heap retained by the index, and top-3
// on the labelled queries, overall and per kind.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { prepareQuery } from '../src/domain/search/prepare-query.ts';
import { buildSearchIndex } from '../src/domain/search/search-index.ts';
import { searchCatalogue, type SearchOptions } from '../src/domain/search/search.ts';
import { loadCatalogueOrExit } from '../src/node/catalogue/load-catalogue.ts';
import { buildSearchSources } from '../src/node/catalogue/search-sources.ts';
import { flexSearchEngine, miniSearchEngine, type RankIds } from './bench/peer-engines.ts';
import { syntheticSources } from './bench/synthetic-sources.ts';
import { LABELLED_QUERIES } from './lib/labelled-queries.ts';
import { scoreRelevance, type RelevanceScore } from './lib/relevance-score.ts';

type EngineName = 'catalogue' | 'minisearch' | 'flexsearch';
interface Run extends RelevanceScore {
  engine: EngineName;
  records: number;
  medianMs: number;
  p95Ms: number;
  buildMs: number;
  heapMB: number;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1000, 10000];
const log = (line: string) => (json ? process.stderr.write(`${line}\n`) : console.log(line));

// The heap an index keeps needs a collection before and after building it; no node flag needed.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const heapUsed = () => {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;
const real = buildSearchSources(loadCatalogueOrExit());
const queries = LABELLED_QUERIES.map((q) => q.query);

/** Builds an engine; the catalogue engine's per-query preparation (traditional forms, pinyin) is timed with the query. */
async function build(engine: EngineName, sources: ReturnType<typeof syntheticSources>['sources']): Promise<(q: string) => Promise<string[]>> {
  if (engine === 'minisearch') return wrap(miniSearchEngine(sources));
  if (engine === 'flexsearch') return wrap(flexSearchEngine(sources));
  const index = buildSearchIndex(sources);
  return async (q) => searchCatalogue(index, q, { limit: 20, ...((await prepareQuery(index, q)) as SearchOptions) }).map((h) => h.id);
}
const wrap = (rank: RankIds) => async (q: string) => rank(q);

async function measure(engine: EngineName, dataset: ReturnType<typeof syntheticSources>): Promise<Run> {
  const before = heapUsed();
  const started = performance.now();
  const search = await build(engine, dataset.sources);
  const buildMs = performance.now() - started;
  const heapMB = (heapUsed() - before) / 2 ** 20;
  // Warm-up, the same for every engine: one untimed pass over every query, so the figures are of code the JIT has
  // compiled (and the pinyin and OpenCC tables are loaded), not of a cold start.
  for (const q of queries) await search(q);
  const times: number[] = [];
  const answers = new Map<string, string[]>();
  const rounds = dataset.sources.length > 1000 ? 1 : 3;
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      const ids = await search(q);
      times.push(performance.now() - t0);
      answers.set(q, ids);
    }
  }
  times.sort((a, b) => a - b);
  // In a synthetic catalogue a copy of the expected record counts as that record.
  const score = scoreRelevance(LABELLED_QUERIES, (q) => [...new Set(answers.get(q)!.map((id) => dataset.baseOf.get(id) ?? id))]);
  return {
    engine,
    records: dataset.sources.length,
    medianMs: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    buildMs: round(buildMs, 0),
    heapMB: round(heapMB, 1),
    top3: round(score.top3),
    top3ByKind: Object.fromEntries(Object.entries(score.top3ByKind).map(([k, v]) => [k, round(v)])),
  };
}

const runs: Run[] = [];
for (const size of [real.length, ...sizes]) {
  const dataset = syntheticSources(real, size);
  for (const engine of ['catalogue', 'minisearch', 'flexsearch'] as const) {
    log(`measuring ${engine} on ${size} records…`);
    runs.push(await measure(engine, dataset));
  }
}

if (json) {
  console.log(JSON.stringify({ node: process.version, queries: queries.length, labelled: LABELLED_QUERIES.filter((q) => q.expect).length, runs }));
} else {
  const kinds = Object.keys(runs[0].top3ByKind);
  console.log(`\n${queries.length} labelled queries (${LABELLED_QUERIES.filter((q) => q.expect).length} with an expected record), Node ${process.version}\n`);
  console.log('| records | engine | median ms | p95 ms | build ms | heap MB | top-3 |');
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of runs) console.log(`| ${r.records} | ${r.engine} | ${r.medianMs} | ${r.p95Ms} | ${r.buildMs} | ${r.heapMB} | ${(r.top3 * 100).toFixed(1)}% |`);
  console.log(`\nTop-3 by kind (negatives: share returning nothing)\n\n| records | engine | ${kinds.join(' | ')} |\n| ---: | --- |${kinds.map(() => ' ---: |').join('')}`);
  for (const r of runs) console.log(`| ${r.records} | ${r.engine} | ${kinds.map((k) => `${Math.round((r.top3ByKind[k as keyof typeof r.top3ByKind] ?? 0) * 100)}`).join(' | ')} |`);
}
