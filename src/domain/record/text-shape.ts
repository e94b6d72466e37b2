// The shape of one language's text of a record, defined once: the sections of a Chinese 课程标准 and the parts
// inside them. The zod schema, the text paths (stable ids, XLIFF unit ids), the text walkers, the record page's
// sections and the CSV export are all derived from these lists.

/** Sections that are one text each, in reading order around the lists below. */
export const LEAD_TEXTS = ['title', 'summary', 'nature'] as const;
/** The three kinds of course objective, each a list of texts. */
export const OBJECTIVE_KINDS = ['knowledge', 'skills', 'attitudes'] as const;
/** The fields of a content unit, in file order: its hours are a number, the same in every language. */
export const UNIT_FIELDS = ['title', 'hours', 'requirements'] as const;
export const UNIT_TEXTS = ['title', 'requirements'] as const satisfies readonly (typeof UNIT_FIELDS)[number][];
export const CLOSING_TEXTS = ['assessment'] as const;
/** The parts of the implementation section, one text each. */
export const IMPLEMENTATION_PARTS = ['methods', 'facilities', 'resources'] as const;

export type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number];
export type ImplementationPart = (typeof IMPLEMENTATION_PARTS)[number];

/** The same value for every key of a list: `{ knowledge: v, skills: v, attitudes: v }`. */
export function sameForEach<const K extends readonly string[], V>(keys: K, value: (key: K[number]) => V): { [P in K[number]]: V } {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as { [P in K[number]]: V };
}

const INDEX = '(0|[1-9]\\d*)';

/**
 * A text's path inside one language's text, the last part of its stable id (`LCS-01/units/2/requirements`).
 * List indexes count from 0, like the field paths in validation messages.
 */
export const TEXT_PATH = new RegExp(
  `^(${[...LEAD_TEXTS, ...CLOSING_TEXTS].join('|')}` +
    `|objectives/(${OBJECTIVE_KINDS.join('|')})/${INDEX}` +
    `|units/${INDEX}/(${UNIT_TEXTS.join('|')})` +
    `|implementation/(${IMPLEMENTATION_PARTS.join('|')}))$`,
);

/** The shape of a text as the walkers see it (the schema's inferred type satisfies it). */
export interface ShapedText {
  title: string;
  summary: string;
  nature: string;
  objectives: Record<ObjectiveKind, string[]>;
  units: { title: string; hours: number; requirements: string }[];
  assessment: string;
  implementation: Record<ImplementationPart, string>;
}

/** Every text path of a text, in reading order, with its value. */
export function textEntries(text: ShapedText): [path: string, value: string][] {
  return [
    ...LEAD_TEXTS.map((key): [string, string] => [key, text[key]]),
    ...OBJECTIVE_KINDS.flatMap((kind) => text.objectives[kind].map((value, i): [string, string] => [`objectives/${kind}/${i}`, value])),
    ...text.units.flatMap((unit, i) => UNIT_TEXTS.map((key): [string, string] => [`units/${i}/${key}`, unit[key]])),
    ...CLOSING_TEXTS.map((key): [string, string] => [key, text[key]]),
    ...IMPLEMENTATION_PARTS.map((part): [string, string] => [`implementation/${part}`, text.implementation[part]]),
  ];
}

/** A text with the shape (and unit hours) of `template`, each text taken from `textOf(path)`. */
export function reshapeText<T extends ShapedText>(template: T, textOf: (path: string) => string): ShapedText {
  return {
    ...sameForEach(LEAD_TEXTS, (key) => textOf(key)),
    objectives: sameForEach(OBJECTIVE_KINDS, (kind) => template.objectives[kind].map((_, i) => textOf(`objectives/${kind}/${i}`))),
    units: template.units.map((unit, i) => {
      const fields = sameForEach(UNIT_FIELDS, (key) => (key === 'hours' ? unit.hours : textOf(`units/${i}/${key}`)));
      return fields as ShapedText['units'][number];
    }),
    ...sameForEach(CLOSING_TEXTS, (key) => textOf(key)),
    implementation: sameForEach(IMPLEMENTATION_PARTS, (part) => textOf(`implementation/${part}`)),
  };
}
