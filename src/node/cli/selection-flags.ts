import type { TargetLanguage } from '../../domain/translation/coverage-state.ts';
import type { CourseStandard } from '../../domain/record/schema.ts';
import { QUEUE_STATES, type QueueState } from '../../domain/translation/review-queue.ts';
import type { TextSelection } from '../../domain/translation/text-selection.ts';

/** The flags that choose texts as the coverage page's "next to review" filters do. */
export const SELECTION_OPTIONS = {
  collection: { type: 'string' },
  field: { type: 'string' },
  records: { type: 'string' },
  state: { type: 'string' },
} as const;

/** `--collection` takes a key of standards/_vocab/collections.yaml; a wrong one is told the keys there are. */
export const SELECTION_USAGE = `[--collection KEY] [--field KEY] [--records ID,ID] [--state ${QUEUE_STATES.join(',')}]`;

/** The selection the flags describe, or what is wrong with them; `collections` are the keys of collections.yaml. */
export function readSelection(
  lang: TargetLanguage,
  values: { collection?: string; field?: string; records?: string; state?: string },
  standards: readonly CourseStandard[],
  collections: readonly string[],
): TextSelection | { error: string } {
  const { collection, field, records, state } = values;
  if (collection !== undefined && !collections.includes(collection)) return { error: `--collection ${collection}: use one of ${collections.join(', ')}.` };
  if (field !== undefined && !standards.some((s) => s.field === field)) return { error: `--field ${field}: no record is in that field.` };
  const ids = records?.split(',').map((id) => id.trim().toUpperCase());
  const unknownId = ids?.find((id) => !standards.some((s) => s.id === id));
  if (unknownId !== undefined) return { error: `--records: there is no record ${unknownId}.` };
  const states = state?.split(',').map((s) => s.trim());
  const unknownState = states?.find((s) => !(QUEUE_STATES as readonly string[]).includes(s));
  if (unknownState !== undefined) return { error: `--state ${unknownState}: choose from ${QUEUE_STATES.join(', ')}.` };
  return { lang, collection, field, records: ids, states: states as QueueState[] | undefined };
}
