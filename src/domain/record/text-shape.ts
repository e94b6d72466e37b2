// The shapes of one language's text of a record, as data: which sections a document kind has, in reading order, and
// what each section holds. The zod schema, the text paths (stable ids, XLIFF unit ids), the text walkers
// (text-walk.ts), the record page's sections and anchors, the search passages and the CSV export all derive from
// these lists, so a new document kind with its own sections is a new entry here and its locale labels.
import type { Kind } from './record-enums.ts';

/**
 * One section of a text; its `id` is both the key in the record file and the page anchor (#objectives).
 * - `text`: one text (`summary`);
 * - `list`: a list of texts (`references/0`);
 * - `lists`: named lists of texts (`objectives/skills/0`);
 * - `parts`: named texts (`implementation/methods`);
 * - `entries`: a list of entries with texts and, where `hours` is set, a number of hours the same in every language
 *   (`units/2/requirements`); each entry has its own page anchor (`unit-3`).
 */
export type ShapeSection =
  | { type: 'text'; id: string }
  | { type: 'list'; id: string }
  | { type: 'lists'; id: string; lists: readonly string[] }
  | { type: 'parts'; id: string; parts: readonly string[] }
  | { type: 'entries'; id: string; fields: readonly string[]; hours: boolean; anchor: string };

/** Every text starts with its title (the top of the page, not a section), then its sections. */
export interface TextShape {
  name: string;
  sections: readonly ShapeSection[];
}

/** A Chinese 课程标准 (course, specialty, training and vocational standards, course resources). */
export const COURSE_SHAPE = {
  name: 'course',
  sections: [
    { type: 'text', id: 'summary' },
    { type: 'text', id: 'nature' },
    { type: 'lists', id: 'objectives', lists: ['knowledge', 'skills', 'attitudes'] },
    { type: 'entries', id: 'units', fields: ['title', 'requirements'], hours: true, anchor: 'unit' },
    { type: 'text', id: 'assessment' },
    { type: 'parts', id: 'implementation', parts: ['methods', 'facilities', 'resources'] },
  ],
} as const satisfies TextShape;

/**
 * A Chinese 检测标准 (engineering inspection standard): 范围, 规范性引用文件, 术语和定义, 检测项目, 检测方法,
 * 判定规则, 检测记录与报告.
 */
export const INSPECTION_SHAPE = {
  name: 'inspection',
  sections: [
    { type: 'text', id: 'summary' },
    { type: 'text', id: 'scope' },
    { type: 'list', id: 'references' },
    { type: 'entries', id: 'terms', fields: ['term', 'definition'], hours: false, anchor: 'term' },
    { type: 'entries', id: 'items', fields: ['title', 'requirements'], hours: false, anchor: 'item' },
    { type: 'text', id: 'procedures' },
    { type: 'text', id: 'acceptance' },
    { type: 'text', id: 'records' },
  ],
} as const satisfies TextShape;

export const SHAPES: readonly TextShape[] = [COURSE_SHAPE, INSPECTION_SHAPE];

/** Which shape each document kind's text has. */
export const KIND_SHAPES = {
  'vocational-standard': COURSE_SHAPE,
  'specialty-standard': COURSE_SHAPE,
  'course-standard': COURSE_SHAPE,
  'training-standard': COURSE_SHAPE,
  'course-resource': COURSE_SHAPE,
  'inspection-standard': INSPECTION_SHAPE,
} as const satisfies Record<Kind, TextShape>;

export const shapeOfKind = (kind: Kind): TextShape => KIND_SHAPES[kind];

/** Every section id of every shape, each once, in first-seen order: the coverage report's sections. */
export const ALL_SECTION_IDS = [...new Set(SHAPES.flatMap((shape) => shape.sections.map((section) => section.id)))] as readonly SectionId[];

/**
 * The shape a text has, told by its keys: the schema holds each text to exactly one shape's sections, and no two
 * shapes have the same sections, so the walkers need only the text.
 */
export function shapeOfText(text: object): TextShape {
  return SHAPES.find((shape) => shape.sections.every((section) => section.id in text)) ?? COURSE_SHAPE;
}

/** The page anchor of an entry: `unit-3` for the third content unit. */
export const entryAnchor = (section: Extract<ShapeSection, { type: 'entries' }>, index: number): string => `${section.anchor}-${index + 1}`;

/** The same value for every key of a list: `{ knowledge: v, skills: v, attitudes: v }`. */
export function sameForEach<const K extends readonly string[], V>(keys: K, value: (key: K[number]) => V): { [P in K[number]]: V } {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as { [P in K[number]]: V };
}

const INDEX = '(0|[1-9]\\d*)';

function sectionPathPattern(section: ShapeSection): string {
  switch (section.type) {
    case 'text':
      return section.id;
    case 'list':
      return `${section.id}/${INDEX}`;
    case 'lists':
      return `${section.id}/(${section.lists.join('|')})/${INDEX}`;
    case 'parts':
      return `${section.id}/(${section.parts.join('|')})`;
    case 'entries':
      return `${section.id}/${INDEX}/(${section.fields.join('|')})`;
  }
}

/**
 * A text's path inside one language's text, the last part of its stable id (`LCS-01/units/2/requirements`), in any
 * shape. List indexes count from 0, like the field paths in validation messages.
 */
export const TEXT_PATH = new RegExp(`^(title|${[...new Set(SHAPES.flatMap((shape) => shape.sections.map(sectionPathPattern)))].join('|')})$`);

/** The value a section holds, derived from its description. */
type SectionValue<S extends ShapeSection> = S extends { type: 'text' } ? string
  : S extends { type: 'list' } ? string[]
  : S extends { type: 'lists'; lists: readonly (infer L extends string)[] } ? Record<L, string[]>
  : S extends { type: 'parts'; parts: readonly (infer P extends string)[] } ? Record<P, string>
  : S extends { type: 'entries'; fields: readonly (infer F extends string)[]; hours: infer H } ? ({ [K in F]: string } & (H extends true ? { hours: number } : unknown))[]
  : never;

/** One language's text of a shape, as a type: `TextOf<typeof COURSE_SHAPE>` has `units: { title, requirements, hours }[]`. */
export type TextOf<Shape extends TextShape> = { title: string } & { [S in Shape['sections'][number] as S['id']]: SectionValue<S> };

type SectionsOf<Shape extends TextShape> = Shape['sections'][number];
/** A section id of any shape (`summary`, `units`, `items`…). */
export type SectionId = SectionsOf<typeof COURSE_SHAPE>['id'] | SectionsOf<typeof INSPECTION_SHAPE>['id'];
type NamesIn<S> = S extends { lists: readonly (infer L extends string)[] } ? L : S extends { parts: readonly (infer P extends string)[] } ? P : never;
/** Every name a heading is needed for: sections, and the named lists and parts inside them (`skills`, `methods`). */
export type SectionLabelId = SectionId | NamesIn<SectionsOf<typeof COURSE_SHAPE> | SectionsOf<typeof INSPECTION_SHAPE>>;
/** The names of the entries of each entries section, for their numbered headings (`unit` → "Unit 3"). */
export type EntryAnchor = Extract<SectionsOf<typeof COURSE_SHAPE> | SectionsOf<typeof INSPECTION_SHAPE>, { type: 'entries' }>['anchor'];

/** An entry's anchor (`unit-3`, `item-2`), as opposed to a section's (`objectives`): section ids have no digits. */
export const isEntryAnchor = (anchor: string): boolean => /^[a-z]+-[1-9]\d*$/.test(anchor);
