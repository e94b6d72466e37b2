import type { TermFinding, TermFindingKind } from './check-terms.ts';

/** A finding with the file and line of its text, as the command prints it. */
export interface LocatedFinding extends Omit<TermFinding, 'keys'> {
  file: string;
  line?: number;
}

const WHAT: Record<TermFindingKind, string> = {
  'missing-term': 'the source has the concept, the translation uses neither its term nor an admitted variant',
  'forbidden-form': 'a forbidden form',
  'foreign-script': 'Chinese characters or Latin letters inside Lao text',
};

/** The findings one per line, grouped by file in reading order, then a count per kind. */
export function formatTermFindings(findings: readonly LocatedFinding[]): string {
  if (findings.length === 0) return 'No terminology findings.\n';
  const lines = findings.map((f) => {
    const where = f.line ? `${f.file}:${f.line}` : f.file;
    const concept = f.concept ? ` [${f.concept}]` : '';
    const found = f.found ? `found "${f.found}", ` : '';
    return `${where}  ${f.record}/${f.path} (${f.lang}) ${f.kind}${concept}: ${found}expected "${f.expected}"`;
  });
  const kinds = (Object.keys(WHAT) as TermFindingKind[])
    .map((kind) => ({ kind, count: findings.filter((f) => f.kind === kind).length }))
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => `  ${String(count).padStart(5)} ${kind}: ${WHAT[kind]}`);
  const noun = findings.length === 1 ? 'finding' : 'findings';
  return `${lines.join('\n')}\n\n${findings.length} terminology ${noun}:\n${kinds.join('\n')}\n`;
}
