import type { StandardText } from './schema.ts';
import { ALL_SECTION_IDS, entryAnchor, SHAPES, type SectionId, type ShapeSection } from './text-shape.ts';
import { textEntries } from './text-walk.ts';

/** Where a text sits: the record's title, or one of the page sections of any shape (each has an anchor on the record page). */
export const COVERAGE_SECTIONS = ['title', ...ALL_SECTION_IDS] as const;
export type CoverageSection = 'title' | SectionId;

export { TEXT_PATH } from './text-shape.ts';

export interface TranslatableText {
  path: string;
  section: CoverageSection;
  text: string;
}

/** Every text of one language's text in reading order; unit hours are numbers, not texts. */
export function translatableTexts(text: StandardText): TranslatableText[] {
  return textEntries(text).map(([path, value]) => ({ path, section: sectionOf(path), text: value }));
}

/** `units/2/title` → `['units', 2, 'title']`, the path of the value in a record's `text.<lang>`. */
export function textKeys(path: string): (string | number)[] {
  return path.split('/').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The text at a path, or undefined when that language has no such text. */
export function textAt(text: StandardText | undefined, path: string): string | undefined {
  let value: unknown = text;
  for (const key of textKeys(path)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return typeof value === 'string' ? value : undefined;
}

export function sectionOf(path: string): CoverageSection {
  const first = path.split('/')[0];
  return (COVERAGE_SECTIONS as readonly string[]).includes(first) ? (first as CoverageSection) : 'title';
}

const ENTRY_SECTIONS = new Map(
  SHAPES.flatMap((shape) => shape.sections.filter((section): section is Extract<ShapeSection, { type: 'entries' }> => section.type === 'entries')).map((section) => [section.id, section]),
);

/** The record-page anchor that shows a text: its entry (#unit-3, #item-2) or its section; none for the title (top of page). */
export function anchorOf(path: string): string | undefined {
  const [first, index] = path.split('/');
  const entries = ENTRY_SECTIONS.get(first);
  if (entries && /^\d+$/.test(index ?? '')) return entryAnchor(entries, Number(index));
  const section = sectionOf(path);
  return section === 'title' ? undefined : section;
}

/** Unicode code points, NFC: Chinese and Lao have no spaces, so characters (not words) measure a text. */
export const characterCount = (text: string): number => [...text.normalize('NFC')].length;
