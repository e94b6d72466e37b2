/** One thing wrong in one record or vocabulary file, located as precisely as we can. */
export interface Problem {
  file: string;
  line?: number;
  /** Dotted field path inside the file, e.g. `text.lo.units.2.hours`; empty for the file as a whole. */
  path: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return problem.path ? `${where}  ${problem.path}: ${problem.message}` : `${where}  ${problem.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `${problems.length} ${noun} in the standards:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
}
