// npm run bench:search [-- --json] [-- --sizes 1000,10000]
// Median and p95 per query of the catalogue search and of a naive fuse.js set-up, on the real catalogue and on
// synthetic ones of 1,000 and 10,000 records, over the labelled queries; plus each engine's top-3 hit rate.
import { performance } from 'node:perf_hooks';
import { buildSearchIndex } from '../src/domain/search/search-index.ts';
import { searchCatalogue } from '../src/domain/search/search.ts';
import { queryVariants } from '../src/domain/search/simplified.ts';
import { loadCatalogueOrExit } from '../src/node/load-catalogue.ts';
import { buildSearchSources } from '../src/node/search-sources.ts';
import { LABELLED_QUERIES } from './lib/labelled-queries.ts';
import { naiveEngine } from './bench/naive-engine.ts';
import { syntheticSources } from './bench/synthetic-sources.ts';

interface Run {
  engine: 'catalogue' | 'naive';
  records: number;
  medianMs: number;
  p95Ms: number;
  buildMs: number;
  top3: number;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1000, 10000];
const log = (line: string) => (json ? process.stderr.write(`${line}\n`) : console.log(line));

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (n: number) => Math.round(n * 1000) / 1000;

const real = buildSearchSources(loadCatalogueOrExit());
const positives = LABELLED_QUERIES.filter((q) => q.expect);
const queries = LABELLED_QUERIES.map((q) => q.query);

async function measure(engine: Run['engine'], sources: ReturnType<typeof syntheticSources>): Promise<Run> {
  const started = performance.now();
  let search: (q: string) => string[];
  if (engine === 'catalogue') {
    const index = buildSearchIndex(sources.sources);
    // Variants (traditional → simplified) are prepared as the UI does, outside the per-keystroke timing.
    const variants = new Map<string, string[]>();
    for (const q of queries) variants.set(q, await queryVariants(index, q));
    search = (q) => searchCatalogue(index, q, { limit: 20, variants: variants.get(q) }).map((h) => h.id);
  } else {
    search = naiveEngine(sources.sources);
  }
  const buildMs = performance.now() - started;
  for (const q of queries.slice(0, 5)) search(q); // warm-up
  const times: number[] = [];
  const rounds = engine === 'naive' && sources.sources.length > 1000 ? 1 : 3;
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      search(q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  // Top-3 on the labelled queries; in a synthetic catalogue a copy of the expected record counts as that record.
  const hits = positives.filter((q) => {
    const top = search(q.query).map((id) => sources.baseOf.get(id) ?? id);
    return [...new Set(top)].slice(0, 3).includes(q.expect!);
  }).length;
  return { engine, records: sources.sources.length, medianMs: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), buildMs: round(buildMs), top3: round(hits / positives.length) };
}

const runs: Run[] = [];
for (const size of [real.length, ...sizes]) {
  const dataset = syntheticSources(real, size);
  for (const engine of ['catalogue', 'naive'] as const) {
    log(`measuring ${engine} on ${size} records…`);
    runs.push(await measure(engine, dataset));
  }
}

if (json) {
  console.log(JSON.stringify({ runs }));
} else {
  console.log(`\n${queries.length} queries (${positives.length} labelled with an expected record), Node ${process.version}\n`);
  console.log('| records | engine | median ms | p95 ms | build ms | top-3 | naive/catalogue (median) |');
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const run of runs) {
    const pair = runs.find((r) => r.records === run.records && r.engine === 'catalogue')!;
    const ratio = run.engine === 'naive' ? `${(run.medianMs / pair.medianMs).toFixed(0)}×` : '';
    console.log(`| ${run.records} | ${run.engine} | ${run.medianMs} | ${run.p95Ms} | ${run.buildMs} | ${(run.top3 * 100).toFixed(1)}% | ${ratio} |`);
  }
}
