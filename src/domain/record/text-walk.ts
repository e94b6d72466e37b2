// Walking one language's text along its shape (text-shape.ts): its texts in reading order, a text of the same shape
// built from other texts, its page anchors.
import { entryAnchor, shapeOfText, type ShapeSection } from './text-shape.ts';

/** Any language's text of any shape, as the walkers read it: the title and the sections by id. */
export type ShapedText = { title: string } & object;

type Entry = Record<string, string | number>;

const field = (text: ShapedText, id: string): unknown => (text as Record<string, unknown>)[id];

function sectionEntries(section: ShapeSection, value: unknown): [path: string, value: string][] {
  switch (section.type) {
    case 'text':
      return [[section.id, value as string]];
    case 'list':
      return (value as string[]).map((item, i) => [`${section.id}/${i}`, item]);
    case 'lists': {
      const lists = value as Record<string, string[]>;
      return section.lists.flatMap((list) => lists[list].map((item, i): [string, string] => [`${section.id}/${list}/${i}`, item]));
    }
    case 'parts': {
      const parts = value as Record<string, string>;
      return section.parts.map((part) => [`${section.id}/${part}`, parts[part]]);
    }
    case 'entries':
      return (value as Entry[]).flatMap((entry, i) => section.fields.map((key): [string, string] => [`${section.id}/${i}/${key}`, entry[key] as string]));
  }
}

/** Every text path of a text, in reading order, with its value; entry hours are numbers, not texts. */
export function textEntries(text: ShapedText): [path: string, value: string][] {
  const shape = shapeOfText(text);
  return [['title', text.title], ...shape.sections.flatMap((section) => sectionEntries(section, field(text, section.id)))];
}

function reshapeSection(section: ShapeSection, template: unknown, textOf: (path: string) => string): unknown {
  switch (section.type) {
    case 'text':
      return textOf(section.id);
    case 'list':
      return (template as string[]).map((_, i) => textOf(`${section.id}/${i}`));
    case 'lists': {
      const lists = template as Record<string, string[]>;
      return Object.fromEntries(section.lists.map((list) => [list, lists[list].map((_, i) => textOf(`${section.id}/${list}/${i}`))]));
    }
    case 'parts':
      return Object.fromEntries(section.parts.map((part) => [part, textOf(`${section.id}/${part}`)]));
    case 'entries':
      return (template as Entry[]).map((entry, i) => {
        const texts = section.fields.map((key) => [key, textOf(`${section.id}/${i}/${key}`)]);
        // Hours keep their place after the title, as the record files write them.
        const [first, ...rest] = texts;
        return Object.fromEntries(section.hours ? [first, ['hours', entry.hours], ...rest] : texts);
      });
  }
}

/** A text with the shape (lists, entries and entry hours) of `template`, each text taken from `textOf(path)`. */
export function reshapeText<T extends ShapedText>(template: T, textOf: (path: string) => string): T {
  const shape = shapeOfText(template);
  return {
    title: textOf('title'),
    ...Object.fromEntries(shape.sections.map((section) => [section.id, reshapeSection(section, field(template, section.id), textOf)])),
  } as T;
}

/** Every anchor a record page has for a text: its sections and their entries (#objectives, #unit-3). */
export function anchorsOf(text: ShapedText): string[] {
  const shape = shapeOfText(text);
  const entries = shape.sections.flatMap((section) =>
    section.type === 'entries' ? (field(text, section.id) as Entry[]).map((_, i) => entryAnchor(section, i)) : [],
  );
  return [...shape.sections.map((section) => section.id), ...entries];
}

/** The length of each list of a text, by path prefix (`objectives/skills/`, `references/`): imports may only extend them. */
export function listLengths(text: ShapedText): Map<string, number> {
  const lengths = new Map<string, number>();
  for (const section of shapeOfText(text).sections) {
    const value = field(text, section.id);
    if (section.type === 'list') lengths.set(`${section.id}/`, (value as string[]).length);
    if (section.type === 'lists') for (const list of section.lists) lengths.set(`${section.id}/${list}/`, (value as Record<string, string[]>)[list].length);
  }
  return lengths;
}

/** A section's value, read as its description says (a text, a list, named lists or parts, entries). */
export interface SectionValueView {
  text: string;
  list: string[];
  lists: Record<string, string[]>;
  parts: Record<string, string>;
  entries: Entry[];
}

/** The value of a section of a text, typed for each kind of section; a view with the value under every name. */
export function sectionValue(text: ShapedText, section: ShapeSection): SectionValueView {
  const value = field(text, section.id);
  return { text: value as string, list: value as string[], lists: value as Record<string, string[]>, parts: value as Record<string, string>, entries: value as Entry[] };
}
