import { compareIds } from '../record/catalogue.ts';
import type { TermFinding } from './check-terms.ts';
import type { TermLanguage } from './glossary-schema.ts';

/** What the coverage page shows of one finding: no file keys, they are for the command line. */
export type ShownFinding = Pick<TermFinding, 'kind' | 'path' | 'concept' | 'found' | 'expected'>;

/** One record's terminology findings, by language. */
export interface RecordFindings {
  record: string;
  byLang: Partial<Record<TermLanguage, ShownFinding[]>>;
}

/**
 * The findings of the terminology check grouped by record (in id order) and language, for the coverage page;
 * records without a finding are left out.
 */
export function findingsByRecord(findings: readonly TermFinding[]): RecordFindings[] {
  const records = new Map<string, RecordFindings>();
  for (const { kind, path, concept, found, expected, record, lang } of findings) {
    const entry = records.get(record) ?? { record, byLang: {} };
    (entry.byLang[lang] ??= []).push({ kind, path, ...(concept !== undefined && { concept }), found, expected });
    records.set(record, entry);
  }
  return [...records.values()].sort((a, b) => compareIds(a.record, b.record));
}
