import type { Kind } from './record-enums.ts';
import { shapeOfKind, type ShapeSection } from './text-shape.ts';

export type { SectionId } from './text-shape.ts';
export { anchorsOf } from './text-walk.ts';

/** The sections of a record page in reading order, as its kind's text shape has them; their ids are the page anchors. */
export const sectionsOf = (kind: Kind): readonly ShapeSection[] => shapeOfKind(kind).sections;
