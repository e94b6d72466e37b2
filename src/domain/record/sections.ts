import type { StandardText } from './schema.ts';

/** The sections of a record page in reading order; their ids are the page anchors (#objectives, #unit-3…). */
export const SECTION_IDS = ['summary', 'nature', 'objectives', 'units', 'assessment', 'implementation'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const unitAnchor = (index: number): string => `unit-${index + 1}`;

/** Every anchor a record page has, sections and content units. */
export function anchorsOf(text: StandardText): string[] {
  return [...SECTION_IDS, ...text.units.map((_, i) => unitAnchor(i))];
}
