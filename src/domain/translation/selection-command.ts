import type { TextSelection } from './text-selection.ts';

/** The command that writes the same file as a download from the coverage page, for staff who script their hand-offs. */
export function selectionCommand(selection: TextSelection, format: 'csv' | 'xliff'): string {
  const flags = [
    `--lang ${selection.lang}`,
    selection.collection && `--collection ${selection.collection}`,
    selection.field && `--field ${selection.field}`,
    selection.records?.length && `--records ${selection.records.join(',')}`,
    selection.states?.length && `--state ${selection.states.join(',')}`,
  ].filter(Boolean);
  return format === 'csv' ? `npm run translation:coverage -- --csv ${flags.join(' ')}` : `npm run xliff:export -- ${flags.join(' ')}`;
}
