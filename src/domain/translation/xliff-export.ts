import { stableId, textStatuses, type TargetLanguage, type TextStatus } from './coverage-state.ts';
import { TEXT_PATH } from '../record/text-paths.ts';
import type { CourseStandard } from '../record/schema.ts';
import { exportState, type XliffState } from './xliff-states.ts';

/** Which texts `--only` can choose: by state, or `stale` for texts whose Chinese changed whatever their state. */
export const EXPORT_FILTERS = ['missing', 'machine', 'draft', 'reviewed', 'approved', 'stale'] as const;
export type ExportFilter = (typeof EXPORT_FILTERS)[number];

export interface XliffUnit {
  /** XLIFF ids are NMTOKENs, which may not contain `/`: `LCS-01.units.2.requirements`. */
  id: string;
  /** The stable id, `LCS-01/units/2/requirements`, as the unit's name. */
  name: string;
  source: string;
  target?: string;
  state: XliffState;
  subState?: string;
  note?: string;
}

/** One `<file>` per record. */
export interface XliffRecordFile {
  recordId: string;
  units: XliffUnit[];
}

export const xliffUnitId = (recordId: string, path: string): string => `${recordId}.${path.replaceAll('/', '.')}`;

/** `LCS-01.units.2.requirements` (or the stable id itself) → record id and text path; undefined if malformed. */
export function parseUnitId(id: string): { recordId: string; path: string } | undefined {
  const [recordId, ...rest] = id.split(/[./]/);
  const path = rest.join('/');
  return recordId && TEXT_PATH.test(path) ? { recordId, path } : undefined;
}

const STALE_NOTE = 'The Chinese source changed after this translation was made: check the translation against it.';

function matches(status: TextStatus, only: readonly ExportFilter[] | undefined): boolean {
  return !only || only.includes(status.state) || (status.stale && only.includes('stale'));
}

/**
 * The units of an export into one language: every text of every record, or those `only` chooses, or (the coverage
 * page's selections) those `keep` accepts.
 */
export function exportUnits(
  standards: readonly CourseStandard[],
  lang: TargetLanguage,
  only?: readonly ExportFilter[],
  keep: (status: TextStatus) => boolean = () => true,
): XliffRecordFile[] {
  return standards
    .map((standard) => ({
      recordId: standard.id,
      units: textStatuses(standard, lang)
        .filter((status) => matches(status, only) && keep(status))
        .map((status): XliffUnit => ({
          id: xliffUnitId(standard.id, status.path),
          name: stableId(standard.id, status.path),
          source: status.source,
          target: status.target,
          ...exportState(status),
          note: status.stale ? STALE_NOTE : undefined,
        })),
    }))
    .filter((file) => file.units.length > 0);
}
