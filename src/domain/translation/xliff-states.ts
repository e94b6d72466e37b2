import type { TargetState, TextStatus } from './coverage-state.ts';

/** XLIFF 2.0 segment states, least advanced first. */
export const XLIFF_STATES = ['initial', 'translated', 'reviewed', 'final'] as const;
export type XliffState = (typeof XLIFF_STATES)[number];
export const isXliffState = (value: unknown): value is XliffState => (XLIFF_STATES as readonly unknown[]).includes(value);

/** Our own `subState` prefix: it carries the catalogue's exact state where the XLIFF state is coarser. */
export const SUBSTATE_PREFIX = 'lcs';

/**
 * What an export writes for a text. Texts that need a translator's work are `initial`: missing ones, machine
 * translations and stale ones (whose Chinese changed); marking one translated in a CAT tool confirms it.
 */
export function exportState(status: Pick<TextStatus, 'state' | 'stale'>): { state: XliffState; subState?: string } {
  if (status.state === 'missing') return { state: 'initial' };
  const subState = `${SUBSTATE_PREFIX}:${status.state}`;
  if (status.stale || status.state === 'machine') return { state: 'initial', subState };
  if (status.state === 'draft') return { state: 'translated', subState };
  if (status.state === 'reviewed') return { state: 'reviewed', subState };
  return { state: 'final', subState };
}

/** What an import makes of a segment state: undefined (`initial`) leaves the text as it is. */
export function importedState(state: XliffState): TargetState | undefined {
  switch (state) {
    case 'initial':
      return undefined;
    case 'translated':
      return 'draft';
    case 'reviewed':
    case 'final':
      return 'reviewed';
  }
}
