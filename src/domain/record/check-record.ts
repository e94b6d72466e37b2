import type { Vocabularies } from './catalogue.ts';
import { textAt } from './text-paths.ts';
import type { CourseStandard } from './schema.ts';

type Report = (path: (string | number)[], message: string) => void;
const TARGETS = ['lo', 'en'] as const;

/** A vocabulary key names an entry of the file itself, never a property every object inherits (`constructor`). */
const inVocabulary = (vocabulary: Vocabularies[keyof Vocabularies], key: string) => Object.hasOwn(vocabulary, key);

/**
 * Checks one record against the vocabularies and against itself. Each check runs on its own: for a record that
 * failed the schema, a check that cannot read a malformed part is skipped (that part is reported already) and the
 * others still report.
 */
export function checkRecord(record: CourseStandard, vocabularies: Vocabularies, report: Report): void {
  for (const check of [checkVocabularies, checkKind, checkTranslations, checkPerTextMaps, checkHours, checkHistory]) {
    try {
      check(record, vocabularies, report);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
  }
}

function checkVocabularies(record: CourseStandard, vocabularies: Vocabularies, report: Report) {
  if (!inVocabulary(vocabularies.collections, record.collection)) report(['collection'], `${record.collection} is not in standards/_vocab/collections.yaml`);
  if (!inVocabulary(vocabularies.fields, record.field)) report(['field'], `${record.field} is not in standards/_vocab/fields.yaml`);
  record.partners.forEach((partner, i) => {
    if (!inVocabulary(vocabularies.partners, partner)) report(['partners', i], `${partner} is not in standards/_vocab/partners.yaml`);
  });
  if (record.certification && !inVocabulary(vocabularies.bodies, record.certification.body)) {
    report(['certification', 'body'], `${record.certification.body} is not in standards/_vocab/bodies.yaml`);
  }
}

/** What a record's collection says of it in collections.yaml: the kinds it holds, and who certified all of it. */
function checkKind(record: CourseStandard, vocabularies: Vocabularies, report: Report) {
  if (!inVocabulary(vocabularies.collections, record.collection)) return;
  const collection = vocabularies.collections[record.collection];
  if (!collection.kinds.includes(record.kind)) {
    report(['kind'], `must be ${collection.kinds.join(' or ')} in the ${record.collection} collection`);
  }
  if (collection.certified && !record.certification) {
    report(['certification'], `is required: every record of the ${record.collection} collection is certified by ${collection.certified}`);
  } else if (collection.certified && record.certification && record.certification.body !== collection.certified) {
    report(['certification', 'body'], `is ${record.certification.body}, but the ${record.collection} collection is certified by ${collection.certified}`);
  }
}

function checkTranslations(record: CourseStandard, _vocabularies: Vocabularies, report: Report) {
  for (const lang of TARGETS) {
    const state = record.translation[lang];
    const hasText = record.text[lang] !== undefined;
    if (hasText && !state) report(['translation', lang], `is missing although text.${lang} is present`);
    if (!hasText && state) report(['translation', lang], `is ${state} but there is no text.${lang} (a missing translation has no state)`);
    if (state === 'source') report(['translation', lang], 'only Chinese is the source language');
    if (record.provenance === 'illustrative' && (state === 'reviewed' || state === 'approved')) {
      report(['translation', lang], `is ${state}, but illustrative text is never human-reviewed: use machine or draft`);
    }
  }
}

function checkHours(record: CourseStandard, _vocabularies: Vocabularies, report: Report) {
  // Only course-shaped records are taught in hours (an inspection standard has neither hours nor units).
  const hours = record.hours;
  if (!hours || !('units' in record.text.zh)) return;
  const sourceUnits = record.text.zh.units;
  const whole = (n: unknown) => Number.isInteger(n);
  // On a record that failed the schema, arithmetic on malformed hours would only repeat the schema's complaint.
  if (!Array.isArray(sourceUnits) || !whole(hours.theory) || !whole(hours.practice) || !sourceUnits.every((unit) => whole(unit.hours))) return;
  const unitHours = sourceUnits.reduce((sum, unit) => sum + unit.hours, 0);
  const totalHours = hours.theory + hours.practice;
  if (unitHours !== totalHours) {
    report(['text', 'zh', 'units'], `add up to ${unitHours} hours but hours.theory + hours.practice is ${totalHours}`);
  }
  for (const lang of TARGETS) {
    const text = record.text[lang];
    const units = text && 'units' in text ? text.units : undefined;
    if (!units) continue;
    if (units.length !== sourceUnits.length) {
      report(['text', lang, 'units'], `has ${units.length} units but the Chinese source has ${sourceUnits.length}`);
      continue;
    }
    units.forEach((unit, i) => {
      if (unit.hours !== sourceUnits[i].hours) {
        report(['text', lang, 'units', i, 'hours'], `is ${unit.hours} but the Chinese source says ${sourceUnits[i].hours}`);
      }
    });
  }
}

function checkHistory(record: CourseStandard, _vocabularies: Vocabularies, report: Report) {
  const latest = record.history.at(-1);
  if (latest && latest.version !== record.version) {
    report(['history'], `ends with version ${latest.version} but the record is version ${record.version}`);
  }
  for (let i = 1; i < record.history.length; i++) {
    if (record.history[i].date < record.history[i - 1].date) report(['history', i, 'date'], 'is earlier than the release before it');
  }
}

/** `textStates` and `fingerprints` may only name texts the language has; an override must differ from the default. */
function checkPerTextMaps(record: CourseStandard, _vocabularies: Vocabularies, report: Report) {
  for (const lang of TARGETS) {
    for (const map of ['textStates', 'fingerprints', 'reviews'] as const) {
      const entries = record[map]?.[lang];
      if (!entries) continue;
      if (!record.text[lang]) {
        report([map, lang], `is set but there is no text.${lang}`);
        continue;
      }
      for (const path of Object.keys(entries)) {
        if (textAt(record.text[lang], path) === undefined) report([map, lang, path], `names a text that text.${lang} does not have`);
      }
    }
    for (const path of Object.keys(record.reviews?.[lang] ?? {})) {
      const state = record.textStates?.[lang]?.[path] ?? record.translation[lang];
      if (state !== 'reviewed' && state !== 'approved') report(['reviews', lang, path], `names a reviewer, but the text is ${state ?? 'missing'}, not reviewed`);
    }
    for (const [path, state] of Object.entries(record.textStates?.[lang] ?? {})) {
      if (state === record.translation[lang]) report(['textStates', lang, path], `is ${state}, the same as translation.${lang}: leave it out`);
      if (record.provenance === 'illustrative' && (state === 'reviewed' || state === 'approved')) {
        report(['textStates', lang, path], `is ${state}, but illustrative text is never human-reviewed: use machine or draft`);
      }
    }
  }
}
