import type { CoverageOptions } from './coverage.ts';
import { stableId, TARGET_LANGUAGES, textStatuses, type TextStatus } from './coverage-state.ts';
import { toCsv } from '../text/csv.ts';
import type { CourseStandard } from '../record/schema.ts';

/**
 * One row per text and language, for spreadsheet users: its stable id, state, whether it is stale, its size, the
 * Chinese source and the current translation. Summing `characters` by `state` gives the figures of the report.
 */
export function coverageCsv(standards: readonly CourseStandard[], options: CoverageOptions & { keep?: (status: TextStatus) => boolean } = {}): string {
  const keep = options.keep ?? (() => true);
  const languages = TARGET_LANGUAGES.filter((lang) => !options.languages || options.languages.includes(lang));
  const rows = standards
    .filter((s) => !options.collection || s.collection === options.collection)
    .flatMap((standard) =>
      languages.flatMap((lang) =>
        textStatuses(standard, lang).filter(keep).map((t) => [
          stableId(standard.id, t.path), standard.id, standard.collection, t.section, lang, t.state, t.stale ? 'yes' : 'no', t.chars, t.source, t.target,
        ]),
      ),
    );
  return toCsv(['unit_id', 'record', 'collection', 'section', 'language', 'state', 'stale', 'characters', 'source_zh', 'target'], rows);
}
