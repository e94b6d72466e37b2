import type { StandardText } from './schema.ts';
import { SECTION_IDS, unitAnchor, type SectionId } from './sections.ts';

/** Where a text sits: the record's title, or one of the page sections (each has an anchor on the record page). */
export const COVERAGE_SECTIONS = ['title', ...SECTION_IDS] as const;
export type CoverageSection = (typeof COVERAGE_SECTIONS)[number];

/**
 * A text's path inside one language's text, the last part of its stable id (`LCS-01/units/2/requirements`).
 * List indexes count from 0, like the field paths in validation messages.
 */
export const TEXT_PATH = /^(title|summary|nature|assessment|objectives\/(knowledge|skills|attitudes)\/(0|[1-9]\d*)|units\/(0|[1-9]\d*)\/(title|requirements)|implementation\/(methods|facilities|resources))$/;

export interface TranslatableText {
  path: string;
  section: CoverageSection;
  text: string;
}

const OBJECTIVE_KINDS = ['knowledge', 'skills', 'attitudes'] as const;
const IMPLEMENTATION_KINDS = ['methods', 'facilities', 'resources'] as const;

/** Every text of one language's text in reading order; unit hours are numbers, not texts. */
export function translatableTexts(text: StandardText): TranslatableText[] {
  const texts: TranslatableText[] = [
    { path: 'title', section: 'title', text: text.title },
    { path: 'summary', section: 'summary', text: text.summary },
    { path: 'nature', section: 'nature', text: text.nature },
  ];
  for (const kind of OBJECTIVE_KINDS) {
    text.objectives[kind].forEach((objective, i) => texts.push({ path: `objectives/${kind}/${i}`, section: 'objectives', text: objective }));
  }
  text.units.forEach((unit, i) => {
    texts.push({ path: `units/${i}/title`, section: 'units', text: unit.title });
    texts.push({ path: `units/${i}/requirements`, section: 'units', text: unit.requirements });
  });
  texts.push({ path: 'assessment', section: 'assessment', text: text.assessment });
  for (const kind of IMPLEMENTATION_KINDS) {
    texts.push({ path: `implementation/${kind}`, section: 'implementation', text: text.implementation[kind] });
  }
  return texts;
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

/** The record-page anchor that shows a text: its unit (#unit-3) or its section; none for the title (top of page). */
export function anchorOf(path: string): string | undefined {
  const unit = /^units\/(\d+)\//.exec(path);
  if (unit) return unitAnchor(Number(unit[1]));
  const section = sectionOf(path);
  return section === 'title' ? undefined : (section satisfies SectionId);
}

/** Unicode code points, NFC: Chinese and Lao have no spaces, so characters (not words) measure a text. */
export const characterCount = (text: string): number => [...text.normalize('NFC')].length;
