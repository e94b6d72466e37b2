import { z } from 'zod';
import { FINGERPRINT } from '../translation/fingerprint.ts';
import { COURSE_SHAPE, INSPECTION_SHAPE, sameForEach, shapeOfKind, TEXT_PATH, type ShapeSection, type TextOf, type TextShape } from './text-shape.ts';
import { LANGUAGES } from '../text/languages.ts';
import { textProblem } from './text-rules.ts';
import { COUNTRIES, KINDS, LEVELS, TARGET_STATES, TRANSLATION_STATES } from './record-enums.ts';

/**
 * The shape of an id: a collection's prefix, a hyphen, two digits. Which prefix belongs to which collection is data
 * (standards/_vocab/collections.yaml), checked by validate-catalogue.ts.
 */
export const ID_PATTERN = /^[A-Z]{2,5}-\d{2}$/;
export const ID_PREFIX_PATTERN = /^[A-Z]{2,5}$/;
/** 2024-02-29 is a date, 2024-13-45 and 2023-02-29 are not. */
function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const HTML_TAG = /<\/?[a-zA-Z!][^>]*>/;

const plainText = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => !HTML_TAG.test(s), 'must be plain text: HTML tags are not allowed')
  .superRefine((s, ctx) => {
    const problem = textProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const textList = z.array(plainText, { error: 'must be a list of texts' }).min(1, 'must list at least one item');
const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'must be a real date (month 01–12, a day that month has)');
const standardId = z.string({ error: 'must be an id such as LCS-01' }).regex(ID_PATTERN, 'must be an id such as LCS-01: a collection\'s prefix, a hyphen and two digits');
const linkList = z.array(standardId, { error: 'must be a list of ids such as LCS-01' }).min(1, 'must list at least one id');
const vocabKey = z.string({ error: 'must be a vocabulary key' }).regex(/^[a-z0-9-]+$/, 'must be a vocabulary key (lower-case letters, digits, hyphens)');

const unitHours = z.int({ error: 'must be a whole number of hours' }).positive('must be more than 0');

function entrySchema(section: Extract<ShapeSection, { type: 'entries' }>) {
  const texts = sameForEach(section.fields, () => plainText);
  return z.strictObject(section.hours ? { ...texts, hours: unitHours } : texts);
}

function sectionSchema(section: ShapeSection) {
  switch (section.type) {
    case 'text':
      return plainText;
    case 'list':
      return textList;
    case 'lists':
      return z.strictObject(sameForEach(section.lists, () => textList));
    case 'parts':
      return z.strictObject(sameForEach(section.parts, () => plainText));
    case 'entries':
      return z.array(entrySchema(section), { error: `must be a list of ${section.id}` }).min(1, `must list at least one of ${section.id}`);
  }
}

/** One language's text of a shape (text-shape.ts): its title, then its sections. */
function textSchemaOf<const S extends TextShape>(shape: S): z.ZodType<TextOf<S>> {
  const sections = Object.fromEntries(shape.sections.map((section) => [section.id, sectionSchema(section)]));
  return z.strictObject({ title: plainText, ...sections }) as unknown as z.ZodType<TextOf<S>>;
}

const courseTextSchema = textSchemaOf(COURSE_SHAPE);
const inspectionTextSchema = textSchemaOf(INSPECTION_SHAPE);

/** The sections of a Chinese 课程标准, in one language. */
export type CourseText = TextOf<typeof COURSE_SHAPE>;
export type ContentUnit = CourseText['units'][number];
/** The sections of a Chinese 检测标准, in one language. */
export type InspectionText = TextOf<typeof INSPECTION_SHAPE>;
export type StandardText = CourseText | InspectionText;

/** A map keyed by text path (`summary`, `units/2/requirements`…), for the Lao and for the English text. */
function perTextOfTargets<T extends z.ZodType>(value: T) {
  const byPath = z.record(z.string().regex(TEXT_PATH), value, {
    error: (issue) =>
      issue.code === 'invalid_key' ? 'is not a text path such as summary, objectives/skills/0 or units/2/requirements'
      : issue.code === 'invalid_type' ? 'must be a map from text paths' : undefined,
  });
  return z.strictObject({ lo: byPath.optional(), en: byPath.optional() }, { error: 'must be a map with lo and/or en' }).optional();
}

const localizedNote = z.strictObject({ zh: plainText, lo: plainText.optional(), en: plainText.optional() });

const kindSchema = z.enum(KINDS, { error: `must be one of ${KINDS.join(', ')}` });
/** What a course-shaped record adds: the Lao qualification level it is taught at, its hours and credits. */
const teachingFields = {
  level: z.enum(LEVELS, { error: `must be one of ${LEVELS.join(', ')}` }),
  hours: z.strictObject({
    theory: z.int({ error: 'must be a whole number' }).nonnegative('must not be negative'),
    practice: z.int({ error: 'must be a whole number' }).nonnegative('must not be negative'),
  }),
  credits: z.number({ error: 'must be a number' }).positive('must be more than 0'),
};

/** A record file: its facts, then its text in each language, with the shape its kind's text has. */
function recordSchemaOf<const T extends z.ZodType, const F extends object>(textSchema: T, kindFields: F) {
  return z.strictObject({
  id: standardId,
  provenance: z.enum(['illustrative', 'official'], { error: 'must be illustrative or official' }),
  collection: vocabKey,
  kind: kindSchema,
  field: vocabKey,
  partners: z.array(vocabKey, { error: 'must be a list of partner keys' }).min(1, 'must list at least one partner'),
  ...kindFields,
  version: z.string({ error: 'must be text such as "1.0"' }).regex(/^\d+\.\d+(\.\d+)?$/, 'must be a version such as 1.0 or 2.1.3'),
  issued: isoDate,
  certification: z.strictObject({ body: vocabKey, year: z.int({ error: 'must be a year' }).min(2000).max(2100) }).optional(),
  aliases: z.array(standardId).optional(),
  /** Records this one contains, requires or relates to; the other directions are derived (src/domain/links/). */
  links: z
    .strictObject({ includes: linkList.optional(), requires: linkList.optional(), related: linkList.optional() }, { error: 'must be a map with includes, requires and/or related' })
    .optional(),
  supersededBy: standardId.optional(),
  history: z
    .array(z.strictObject({ version: z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'must be a version such as 1.0'), date: isoDate, changes: localizedNote }))
    .min(1, 'must list at least the first release'),
  translation: z.strictObject({
    zh: z.literal('source', { error: 'Chinese is the source language: its state must be source' }),
    lo: z.enum(TRANSLATION_STATES, { error: `must be one of ${TRANSLATION_STATES.join(', ')}` }).optional(),
    en: z.enum(TRANSLATION_STATES, { error: `must be one of ${TRANSLATION_STATES.join(', ')}` }).optional(),
  }),
  /** Texts whose state differs from `translation.<lang>`, e.g. one unit moved to draft by a translator's import. */
  textStates: perTextOfTargets(z.enum(TARGET_STATES, { error: `must be one of ${TARGET_STATES.join(', ')}` })),
  text: z.strictObject({
    zh: textSchema,
    lo: textSchema.optional(),
    en: textSchema.optional(),
  }),
  /** Per translated text, the fingerprint of the Chinese it was translated from: a different one now means stale. */
  fingerprints: perTextOfTargets(z.string({ error: 'must be 8 hexadecimal digits in quotes' }).regex(FINGERPRINT, 'must be 8 hexadecimal digits (0-9, a-f)')),
  /** Per reviewed text, who reviewed it and when, as the reviewer's XLIFF said (npm run xliff:import). */
  reviews: perTextOfTargets(z.strictObject({ by: plainText, date: isoDate }, { error: 'must give by (the reviewer) and date' })),
  });
}

/** A course-shaped record (every kind but inspection standards). */
export const courseStandardSchema = recordSchemaOf(courseTextSchema, teachingFields);
/** An inspection standard: no level, hours or credits, and the sections of a 检测标准. */
export const inspectionStandardSchema = recordSchemaOf(inspectionTextSchema, {});
export type CourseRecord = z.infer<typeof courseStandardSchema>;
export type InspectionRecord = z.infer<typeof inspectionStandardSchema>;
/** Any record. Only course-shaped records have a level, hours and credits: elsewhere they read as undefined. */
export type CourseStandard = CourseRecord | (InspectionRecord & { [K in keyof typeof teachingFields]?: undefined });

/**
 * The schema a record file is checked against, chosen by its `kind` (text-shape.ts says which kinds have which
 * shape); a file without a known kind is checked as a course standard, whose messages then name the kind.
 */
export function recordSchemaFor(value: unknown): typeof courseStandardSchema | typeof inspectionStandardSchema {
  const kind = (value as { kind?: unknown } | null)?.kind;
  const known = kindSchema.safeParse(kind);
  return known.success && shapeOfKind(known.data) === INSPECTION_SHAPE ? inspectionStandardSchema : courseStandardSchema;
}

export const vocabularyEntrySchema = z.strictObject(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, plainText])) as Record<(typeof LANGUAGES)[number], typeof plainText>,
);
export const vocabularySchema = z.record(vocabKey, vocabularyEntrySchema);
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;
export type Vocabulary = z.infer<typeof vocabularySchema>;

/** One partner of standards/_vocab/partners.yaml: its names, and where known its country and its role in the work. */
export const partnerEntrySchema = vocabularyEntrySchema.extend({
  country: z.enum(COUNTRIES, { error: `must be one of ${COUNTRIES.join(', ')}` }).optional(),
  role: vocabularyEntrySchema.optional(),
});
export const partnerVocabularySchema = z.record(vocabKey, partnerEntrySchema);
export type PartnerEntry = z.infer<typeof partnerEntrySchema>;
export type PartnerVocabulary = z.infer<typeof partnerVocabularySchema>;

/** One collection of standards/_vocab/collections.yaml: its names, id prefix, place, kinds and certifier. */
export const collectionEntrySchema = vocabularyEntrySchema.extend({
  prefix: z.string({ error: 'must be an id prefix such as LCS' }).regex(ID_PREFIX_PATTERN, 'must be 2 to 5 capital letters, such as LCS'),
  order: z.int({ error: 'must be a whole number' }).positive('must be more than 0'),
  kinds: z.array(z.enum(KINDS, { error: `must be one of ${KINDS.join(', ')}` }), { error: 'must be a list of kinds' }).min(1, 'must list at least one kind'),
  certified: vocabKey.optional(),
  description: vocabularyEntrySchema,
});
export const collectionVocabularySchema = z.record(vocabKey, collectionEntrySchema);
export type CollectionEntry = z.infer<typeof collectionEntrySchema>;
export type CollectionVocabulary = z.infer<typeof collectionVocabularySchema>;

/** A record's texts by language, whatever its shape: what pickLocalized and the walkers take. */
export const textsByLanguage = (standard: { text: object }): Partial<Record<(typeof LANGUAGES)[number], StandardText>> => standard.text;
