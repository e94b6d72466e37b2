import { compareIds } from '../record/catalogue.ts';
import type { CourseStandard } from '../record/schema.ts';

/** The directions a record file states; the reverse ones are derived here and never written down. */
export const LINK_KINDS = ['includes', 'requires', 'related'] as const;

/**
 * How one record stands to the others, each list sorted by id. `partOf` are the programme (vocational) standards
 * that include it; `usedIn` the other records that include it (a course standard using a course resource).
 */
export interface Relations {
  includes: string[];
  partOf: string[];
  usedIn: string[];
  requires: string[];
  requiredBy: string[];
  related: string[];
}
export const RELATION_KINDS: readonly (keyof Relations)[] = ['partOf', 'usedIn', 'includes', 'requires', 'requiredBy', 'related'];

type Linked = Pick<CourseStandard, 'id' | 'kind' | 'links'>;

export function relationsOf(records: readonly Linked[], id: string): Relations {
  const self = records.find((r) => r.id === id);
  const pointingHere = (kind: (typeof LINK_KINDS)[number]) => records.filter((r) => r.links?.[kind]?.includes(id));
  const includedBy = pointingHere('includes');
  const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort(compareIds);
  return {
    includes: sorted(self?.links?.includes ?? []),
    partOf: sorted(includedBy.filter((r) => r.kind === 'vocational-standard').map((r) => r.id)),
    usedIn: sorted(includedBy.filter((r) => r.kind !== 'vocational-standard').map((r) => r.id)),
    requires: sorted(self?.links?.requires ?? []),
    requiredBy: sorted(pointingHere('requires').map((r) => r.id)),
    related: sorted([...(self?.links?.related ?? []), ...pointingHere('related').map((r) => r.id)]),
  };
}

export const hasRelations = (relations: Relations): boolean => RELATION_KINDS.some((kind) => relations[kind].length > 0);
