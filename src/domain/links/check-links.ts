import type { Problem } from '../record/problems.ts';
import type { CourseStandard } from '../record/schema.ts';
import { LINK_KINDS } from './relations.ts';

interface RecordAt {
  file: string;
  record: CourseStandard;
  parsed: { lineOf: (path: (string | number)[]) => number | undefined };
}

/**
 * A link names another published record by its current id, once: not itself, not a former id (old links keep
 * working, new ones should not be written that way), not an id no record has. `related` runs both ways, so it is
 * stated on one side only. `knownIds` are the ids of record files that failed their own checks: a link to one of
 * them is not reported again.
 */
export function checkLinks(records: readonly RecordAt[], knownIds: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(records.map((r) => [r.record.id, r]));
  const formerIdOf = new Map(records.flatMap((r) => (r.record.aliases ?? []).map((alias) => [alias, r.record.id] as const)));
  for (const { file, record, parsed } of records) {
    const seen = new Map<string, string>();
    for (const kind of LINK_KINDS) {
      record.links?.[kind]?.forEach((id, i) => {
        const report = (message: string) => problems.push({ file, line: parsed.lineOf(['links', kind, i]), path: `links.${kind}.${i}`, message });
        if (id === record.id) return report(`${id} is this record itself: a record does not link to itself`);
        const earlier = seen.get(id);
        if (earlier) return report(`${id} is already listed under links.${earlier}: list each record once`);
        seen.set(id, kind);
        if (formerIdOf.has(id)) return report(`${id} is a former id of ${formerIdOf.get(id)}: link to ${formerIdOf.get(id)}`);
        const target = byId.get(id);
        if (!target) {
          if (!knownIds.has(id)) report(`${id} is not a published record in the catalogue`);
          return;
        }
        if (kind === 'related' && target.record.links?.related?.includes(record.id) && record.id > id) {
          report(`${id} already lists ${record.id} as related (${target.file}): a related link is stated on one side only`);
        }
      });
    }
  }
  return problems;
}
