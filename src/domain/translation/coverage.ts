import { textStatuses, TARGET_LANGUAGES, type TargetLanguage } from './coverage-state.ts';
import { COVERAGE_SECTIONS, type CoverageSection } from '../record/text-paths.ts';
import { addTallies, addToTally, bucketOf, emptyTally, type CoverageBucket, type Tally } from './coverage-tally.ts';
import { uiCoverage, type UiCoverage, type UiStates, type UiStrings } from './ui-coverage.ts';
import type { Collection } from '../record/collections.ts';
import type { CourseStandard } from '../record/schema.ts';

/** Most urgent first: what a staff member following a link should see. Approved texts need nothing. */
export const ATTENTION_ORDER: readonly CoverageBucket[] = ['stale', 'missing', 'machine', 'draft', 'reviewed'];

export interface SectionCoverage {
  section: CoverageSection;
  tally: Tally;
  /** Path of the first text in the most urgent bucket of this section, if any text needs work. */
  attention?: string;
}

export interface RecordCoverage {
  id: string;
  collection: Collection;
  /** Per language, the sections that have texts, in reading order. */
  languages: Partial<Record<TargetLanguage, SectionCoverage[]>>;
}

type ByLanguage = Partial<Record<TargetLanguage, Tally>>;

export interface CoverageReport {
  languages: TargetLanguage[];
  collection?: Collection;
  records: RecordCoverage[];
  totals: ByLanguage;
  byCollection: Partial<Record<Collection, ByLanguage>>;
  bySection: Partial<Record<CoverageSection, ByLanguage>>;
  ui: UiCoverage;
  /** Texts a named person reviewed (from the reviewer's XLIFF notes), newest first. */
  reviews: { id: string; lang: TargetLanguage; by: string; date: string }[];
}

export interface CoverageInput {
  standards: readonly CourseStandard[];
  ui: UiStrings;
  /** The interface strings' states and fingerprints (locales/translation-states.json), when the file exists. */
  uiStates?: UiStates;
}

export interface CoverageOptions {
  languages?: readonly TargetLanguage[];
  collection?: Collection;
}

/** The one computation behind the coverage page, `npm run translation:coverage` and its CSV: every figure comes from here. */
export function computeCoverage({ standards, ui, uiStates }: CoverageInput, options: CoverageOptions = {}): CoverageReport {
  const languages = TARGET_LANGUAGES.filter((lang) => !options.languages || options.languages.includes(lang));
  const chosen = standards.filter((s) => !options.collection || s.collection === options.collection);
  const records = chosen.map((standard) => recordCoverage(standard, languages));
  const totals: ByLanguage = {};
  const byCollection: CoverageReport['byCollection'] = {};
  const bySection: CoverageReport['bySection'] = {};
  const add = (into: ByLanguage, lang: TargetLanguage, tally: Tally) => addTallies((into[lang] ??= emptyTally()), tally);
  for (const record of records) {
    for (const lang of languages) {
      for (const { section, tally } of record.languages[lang] ?? []) {
        add(totals, lang, tally);
        add((byCollection[record.collection] ??= {}), lang, tally);
        add((bySection[section] ??= {}), lang, tally);
      }
    }
  }
  const reviews = chosen
    .flatMap((standard) => languages.flatMap((lang) => Object.entries(standard.reviews?.[lang] ?? {}).map(([path, review]) => ({ id: `${standard.id}/${path}`, lang, ...review }))))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { languages, collection: options.collection, records, totals, byCollection, bySection, ui: uiCoverage(ui, languages, uiStates), reviews };
}

function recordCoverage(standard: CourseStandard, languages: readonly TargetLanguage[]): RecordCoverage {
  const coverage: RecordCoverage = { id: standard.id, collection: standard.collection, languages: {} };
  for (const lang of languages) {
    const statuses = textStatuses(standard, lang);
    coverage.languages[lang] = COVERAGE_SECTIONS.flatMap((section) => {
      const texts = statuses.filter((s) => s.section === section);
      if (texts.length === 0) return [];
      const tally = emptyTally();
      for (const text of texts) addToTally(tally, bucketOf(text), text.chars);
      const urgent = ATTENTION_ORDER.find((bucket) => tally.texts[bucket]);
      const attention = urgent && texts.find((text) => bucketOf(text) === urgent)?.path;
      return [attention ? { section, tally, attention } : { section, tally }];
    });
  }
  return coverage;
}
