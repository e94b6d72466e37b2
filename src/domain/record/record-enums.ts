// The closed lists of the record schema, kept free of zod so the browser bundle can use them cheaply.

export const KINDS = ['vocational-standard', 'specialty-standard', 'course-standard', 'training-standard', 'course-resource', 'inspection-standard'] as const;
export type Kind = (typeof KINDS)[number];
/** Countries partners are in (ISO 3166 codes); each has a name in locales/<lang>/about.json (country.<code>). */
export const COUNTRIES = ['CN', 'LA', 'KH', 'VN'] as const;
export type Country = (typeof COUNTRIES)[number];

/** The Lao five-level TVET qualification framework, lowest first. */
export const LEVELS = ['cert-1', 'cert-2', 'cert-3', 'diploma', 'higher-diploma'] as const;
export type Level = (typeof LEVELS)[number];

/** `missing` is never stored: it is derived when a language has no text. */
export const TRANSLATION_STATES = ['source', 'machine', 'draft', 'reviewed', 'approved'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];
export const TARGET_STATES = ['machine', 'draft', 'reviewed', 'approved'] as const;
