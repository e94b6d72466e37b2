import type { Catalogue } from './catalogue.ts';
import { toCsv } from '../text/csv.ts';
import { LANGUAGES } from '../text/languages.ts';
import type { CourseStandard, StandardText } from './schema.ts';
import { CLOSING_TEXTS, IMPLEMENTATION_PARTS, LEAD_TEXTS, OBJECTIVE_KINDS } from './text-shape.ts';

/** The records exactly as their files hold them (same fields), as a JSON array. */
export function catalogueToJson(catalogue: Catalogue): string {
  return `${JSON.stringify(catalogue.standards, null, 2)}\n`;
}

/** One column per section of the text shape; lists are one cell, an item per line. */
const TEXT_COLUMNS: [string, (text: StandardText) => string][] = [
  ...LEAD_TEXTS.map((key): [string, (t: StandardText) => string] => [key, (t) => t[key]]),
  ...OBJECTIVE_KINDS.map((kind): [string, (t: StandardText) => string] => [`objectives_${kind}`, (t) => t.objectives[kind].join('\n')]),
  ['units', (t) => t.units.map((u, i) => `${i + 1}. ${u.title} (${u.hours}): ${u.requirements}`).join('\n')],
  ...CLOSING_TEXTS.map((key): [string, (t: StandardText) => string] => [key, (t) => t[key]]),
  ...IMPLEMENTATION_PARTS.map((part): [string, (t: StandardText) => string] => [part, (t) => t.implementation[part]]),
];

/** One row per record, every section in every language: for spreadsheets. */
export function catalogueToCsv(catalogue: Catalogue): string {
  const header = [
    'id', 'provenance', 'collection', 'kind', 'field', 'level', 'partners', 'hours_theory', 'hours_practice', 'credits',
    'version', 'issued', 'certification_body', 'certification_year', 'aliases', 'superseded_by',
    ...LANGUAGES.map((lang) => `translation_${lang}`),
    ...LANGUAGES.flatMap((lang) => TEXT_COLUMNS.map(([name]) => `${name}_${lang}`)),
  ];
  const row = (s: CourseStandard) => [
    s.id, s.provenance, s.collection, s.kind, s.field, s.level, s.partners.join(' '), s.hours.theory, s.hours.practice, s.credits,
    s.version, s.issued, s.certification?.body, s.certification?.year, s.aliases?.join(' '), s.supersededBy,
    ...LANGUAGES.map((lang) => s.translation[lang] ?? 'missing'),
    ...LANGUAGES.flatMap((lang) => TEXT_COLUMNS.map(([, read]) => (s.text[lang] ? read(s.text[lang]) : ''))),
  ];
  return toCsv(header, catalogue.standards.map(row));
}
