import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { computeCoverage } from '../../domain/translation/coverage.ts';
import { TARGET_LANGUAGES } from '../../domain/translation/coverage-state.ts';
import { readerTextStates, type ReaderStandard } from '../../domain/translation/reader-text-states.ts';
import { reviewQueue } from '../../domain/translation/review-queue.ts';
import { coverageCsv } from '../../domain/translation/coverage-csv.ts';
import { catalogueToCsv, catalogueToJson } from '../../domain/record/export.ts';
import { formatProblems } from '../../domain/record/problems.ts';
import { summarize } from '../../domain/record/summary.ts';
import { validateCatalogue } from '../../domain/record/validate-catalogue.ts';
import type { Catalogue } from '../../domain/record/catalogue.ts';
import { readUiStates, readUiStrings } from '../catalogue/read-locales.ts';
import { readStandardFiles } from '../catalogue/read-standards.ts';
import { buildSearchSources } from '../catalogue/search-sources.ts';
import { checkTerms } from '../../domain/terms/check-terms.ts';
import { conceptUsage } from '../../domain/terms/concept-usage.ts';
import { glossaryOrders } from '../../domain/terms/glossary-groups.ts';
import { findingsByRecord } from '../../domain/terms/findings-by-record.ts';

const CATALOGUE = 'virtual:catalogue';
const STANDARD = 'virtual:standard/';
const SEARCH_SOURCES = 'virtual:search-sources';
const COVERAGE = 'virtual:coverage';
/** The texts waiting for a reviewer, per language, in the order to take them (the coverage page's list). */
const REVIEW_QUEUE = 'virtual:review-queue';
/** Every record with its translation bookkeeping: loaded only when staff download an XLIFF or CSV from the page. */
const TRANSLATION_RECORDS = 'virtual:translation-records';
/** The termbase with, per concept, the records that use it (the glossary page). */
const GLOSSARY = 'virtual:glossary';
/** The terminology check's findings by record and language (the coverage page): computed here, not in the browser. */
const TERM_FINDINGS = 'virtual:term-findings';
/** The coverage page's CSV downloads: every text with its state, for all target languages or for one. */
const COVERAGE_CSV = /\/downloads\/translation-coverage(?:-(lo|en))?\.csv$/;

/**
 * Serves the validated catalogue as virtual modules: `virtual:catalogue` (summaries, vocabularies and one lazy
 * loader per record), `virtual:standard/<ID>` (one record's full text, its own chunk), `virtual:search-sources`
 * (the texts search indexes, with pinyin computed here, loaded when a reader first searches) and `virtual:coverage`
 * (the translation coverage report: figures, no record texts), `virtual:glossary` (the termbase and the records that
 * use each concept) and `virtual:term-findings` (the terminology check, for the coverage page). Any problem in the record files fails the build and shows
 * in the dev server, with file, line and field for each.
 */
export function cataloguePlugin(root = process.cwd()): Plugin {
  let cached: Catalogue | undefined;
  const load = (): Catalogue => {
    if (cached) return cached;
    const result = validateCatalogue(readStandardFiles(root));
    if (!result.catalogue) throw new Error(formatProblems(result.problems));
    cached = result.catalogue;
    return cached;
  };
  const invalidate = (server: ViteDevServer) => {
    cached = undefined;
    for (const mod of server.moduleGraph.idToModuleMap.values()) {
      if (mod.id?.startsWith('\0virtual:')) server.moduleGraph.invalidateModule(mod);
    }
    server.ws.send({ type: 'full-reload' });
  };

  return {
    name: 'lao-standards-catalogue',
    buildStart() {
      cached = undefined;
      load();
    },
    generateBundle() {
      // The About page offers the whole catalogue as downloads.
      const catalogue = load();
      this.emitFile({ type: 'asset', fileName: 'downloads/lao-course-standards.json', source: catalogueToJson(catalogue) });
      this.emitFile({ type: 'asset', fileName: 'downloads/lao-course-standards.csv', source: catalogueToCsv(catalogue) });
      for (const lang of [undefined, 'lo', 'en'] as const) {
        const fileName = `downloads/translation-coverage${lang ? `-${lang}` : ''}.csv`;
        this.emitFile({ type: 'asset', fileName, source: coverageCsv(catalogue.standards, { languages: lang && [lang] }) });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/downloads\/lao-course-standards\.(json|csv)$/.exec(req.url?.split('?')[0] ?? '');
        if (!match) return next();
        res.setHeader('Content-Type', match[1] === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8');
        res.end(match[1] === 'json' ? catalogueToJson(load()) : catalogueToCsv(load()));
      });
      server.middlewares.use((req, res, next) => {
        const match = COVERAGE_CSV.exec(req.url?.split('?')[0] ?? '');
        if (!match) return next();
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.end(coverageCsv(load().standards, { languages: match[1] ? [match[1] as 'lo' | 'en'] : undefined }));
      });
      // The coverage page counts the interface strings too.
      server.watcher.add(resolve(root, 'locales'));
      server.watcher.on('change', (file) => {
        if (file.startsWith(resolve(root, 'locales')) && file.endsWith('.json')) invalidate(server);
      });
      server.watcher.add(resolve(root, 'standards'));
      const onChange = (file: string) => {
        if (file.startsWith(resolve(root, 'standards')) && /\.ya?ml$/.test(file)) invalidate(server);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
    resolveId(id) {
      if ([CATALOGUE, SEARCH_SOURCES, COVERAGE, REVIEW_QUEUE, TRANSLATION_RECORDS, GLOSSARY, TERM_FINDINGS].includes(id) || id.startsWith(STANDARD)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === `\0${CATALOGUE}`) {
        const catalogue = load();
        const loaders = catalogue.standards
          .map((s) => `  ${JSON.stringify(s.id)}: () => import(${JSON.stringify(STANDARD + s.id)}).then((m) => m.default),`)
          .join('\n');
        return [
          `export const summaries = JSON.parse(${JSON.stringify(JSON.stringify(catalogue.standards.map(summarize)))});`,
          `export const vocabularies = JSON.parse(${JSON.stringify(JSON.stringify(catalogue.vocabularies))});`,
          `export const loaders = {\n${loaders}\n};`,
        ].join('\n');
      }
      if (id === `\0${COVERAGE}`) {
        // Computed here, so the coverage page gets the figures without loading any record's texts.
        const report = computeCoverage({ standards: load().standards, ui: readUiStrings(root), uiStates: readUiStates(root) });
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(report))});`;
      }
      if (id === `\0${REVIEW_QUEUE}`) {
        const { standards, vocabularies } = load();
        const queues = Object.fromEntries(TARGET_LANGUAGES.map((lang) => [lang, reviewQueue(standards, lang, vocabularies.collections)]));
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(queues))});`;
      }
      if (id === `\0${TRANSLATION_RECORDS}`) {
        const { standards, glossary } = load();
        return [
          `export default JSON.parse(${JSON.stringify(JSON.stringify(standards))});`,
          // The XLIFF download lists each text's concepts, as npm run xliff:export does.
          `export const termbase = JSON.parse(${JSON.stringify(JSON.stringify(glossary.concepts))});`,
        ].join('\n');
      }
      if (id === `\0${GLOSSARY}`) {
        const { standards, glossary, vocabularies } = load();
        const data = {
          concepts: glossary.concepts,
          usage: conceptUsage(standards, glossary.concepts),
          orders: glossaryOrders(glossary.concepts, vocabularies.fields),
        };
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
      }
      if (id === `\0${TERM_FINDINGS}`) {
        const { standards, glossary } = load();
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(findingsByRecord(checkTerms(standards, glossary))))});`;
      }
      if (id === `\0${SEARCH_SOURCES}`) {
        const catalogue = load();
        // The termbase's forms only (no definitions, notes or fields): what a query may name, for glossary expansion.
        const concepts = catalogue.glossary.concepts.map(({ id, zh, lo, en }) => ({ id, fields: [], zh, lo, en }));
        return [
          `export default JSON.parse(${JSON.stringify(JSON.stringify(buildSearchSources(catalogue)))});`,
          `export const glossary = JSON.parse(${JSON.stringify(JSON.stringify({ concepts, allowedInLao: [] }))});`,
        ].join('\n');
      }
      if (id.startsWith(`\0${STANDARD}`)) {
        const wanted = id.slice(STANDARD.length + 1);
        const standard = load().standards.find((s) => s.id === wanted);
        if (!standard) throw new Error(`No record ${wanted} in standards/`);
        // Translation bookkeeping (per-text states, source fingerprints) is for the coverage tools, not readers.
        const { textStates: _textStates, fingerprints: _fingerprints, ...rest } = standard;
        const forReaders: ReaderStandard = { ...rest, textStatus: readerTextStates(standard) };
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(forReaders))});`;
      }
      return undefined;
    },
  };
}
