import type { Catalogue } from './catalogue.ts';
import { toCsv } from '../text/csv.ts';
import { LANGUAGES } from '../text/languages.ts';
import type { CourseStandard } from './schema.ts';
import { SHAPES, type ShapeSection } from './text-shape.ts';
import { sectionValue, type ShapedText } from './text-walk.ts';

/** The records exactly as their files hold them (same fields), as a JSON array. */
export function catalogueToJson(catalogue: Catalogue): string {
  return `${JSON.stringify(catalogue.standards, null, 2)}\n`;
}

type Column = [name: string, read: (text: ShapedText) => string];

/** The columns of one section: a list or an entries section is one cell, an item per line. */
function sectionColumns(section: ShapeSection): Column[] {
  const value = (text: ShapedText) => (section.id in text ? sectionValue(text, section) : undefined);
  switch (section.type) {
    case 'text':
      return [[section.id, (t) => value(t)?.text ?? '']];
    case 'list':
      return [[section.id, (t) => value(t)?.list.join('\n') ?? '']];
    case 'lists':
      return section.lists.map((list): Column => [`${section.id}_${list}`, (t) => value(t)?.lists[list].join('\n') ?? '']);
    case 'parts':
      return section.parts.map((part): Column => [part, (t) => value(t)?.parts[part] ?? '']);
    case 'entries': {
      const [heading, ...body] = section.fields;
      const line = (entry: Record<string, string | number>, i: number) =>
        `${i + 1}. ${entry[heading]}${section.hours ? ` (${entry.hours})` : ''}: ${body.map((key) => entry[key]).join(' ')}`;
      return [[section.id, (t) => value(t)?.entries.map(line).join('\n') ?? '']];
    }
  }
}

/** One column per section of every text shape, each once (a section several shapes share, such as summary, too). */
const TEXT_COLUMNS: Column[] = [
  ['title', (t) => t.title],
  ...SHAPES.flatMap((shape) => shape.sections)
    .filter((section, i, all) => all.findIndex((other) => other.id === section.id) === i)
    .flatMap(sectionColumns),
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
    s.id, s.provenance, s.collection, s.kind, s.field, s.level, s.partners.join(' '), s.hours?.theory, s.hours?.practice, s.credits,
    s.version, s.issued, s.certification?.body, s.certification?.year, s.aliases?.join(' '), s.supersededBy,
    ...LANGUAGES.map((lang) => s.translation[lang] ?? 'missing'),
    ...LANGUAGES.flatMap((lang) => TEXT_COLUMNS.map(([, read]) => (s.text[lang] ? read(s.text[lang]) : ''))),
  ];
  return toCsv(header, catalogue.standards.map(row));
}
