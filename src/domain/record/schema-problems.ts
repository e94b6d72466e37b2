import type { z } from 'zod';
import type { ParsedYaml } from './parse-yaml-file.ts';
import type { Problem } from './problems.ts';

/** A zod error on one parsed file, as problems with file, line and field path. */
export function schemaProblems(file: string, parsed: ParsedYaml, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    else if (issue.code === 'invalid_type' && issue.input === undefined) message = 'is required but missing';
    return { file, line: parsed.lineOf(issue.path), path: path.join('.'), message };
  });
}
