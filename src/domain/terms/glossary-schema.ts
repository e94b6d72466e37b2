import { z } from 'zod';
import { TARGET_STATES } from '../record/record-enums.ts';
import { textProblem } from '../record/text-rules.ts';

/**
 * The termbase (standards/_glossary/*.yaml): one concept per thing, its preferred term in each language, the
 * variants a text may use instead (older Lao spellings, abbreviations) and the forms it must not use.
 * The file format is the contract in the README's "Terminology" section.
 */

export const CONCEPT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const termText = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, 'must not be empty')
  .superRefine((s, ctx) => {
    const problem = textProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const termList = z.array(termText, { error: 'must be a list of terms' });

const sourceTerms = z.strictObject({ term: termText, variants: termList.optional(), forbidden: termList.optional() });
const targetTerms = sourceTerms.extend({
  state: z.enum(TARGET_STATES, {
    error: (issue) => (issue.input === undefined ? 'is required but missing' : `must be one of ${TARGET_STATES.join(', ')}`),
  }),
});
const localizedText = z.strictObject({ zh: termText, lo: termText.optional(), en: termText.optional() });

export const conceptSchema = z.strictObject({
  id: z.string({ error: 'must be an id' }).regex(CONCEPT_ID, 'must be lower-case kebab-case, such as course-standard'),
  fields: z.array(z.string({ error: 'must be a field key' }), { error: 'must be a list of field keys ([] for the structure of a standard)' }),
  zh: sourceTerms,
  lo: targetTerms,
  en: targetTerms,
  definition: localizedText.optional(),
  note: localizedText.optional(),
});

export const glossaryFileSchema = z.strictObject({
  concepts: z.array(conceptSchema, { error: 'must be a list of concepts' }),
});

/** What may stay in Latin letters inside Lao text: codes (PLC, CAN), units (kW, mm). */
export const allowedInLaoSchema = z.strictObject({
  latin: z.array(termText, { error: 'must be a list of words' }),
});

export type Concept = z.infer<typeof conceptSchema>;
export type TermLanguage = 'zh' | 'lo' | 'en';

export interface Glossary {
  /** Sorted by id. */
  concepts: Concept[];
  allowedInLao: string[];
}

export const EMPTY_GLOSSARY: Glossary = { concepts: [], allowedInLao: [] };

/** A concept's preferred term and admitted variants in one language: the forms a text may use. */
export const admittedForms = (concept: Concept, lang: TermLanguage): string[] => [concept[lang].term, ...(concept[lang].variants ?? [])];
