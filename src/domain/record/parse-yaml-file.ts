import { LineCounter, parseDocument, isNode, isScalar, visit, type Document } from 'yaml';
import type { Problem } from './problems.ts';

export interface SourceFile {
  /** Path relative to the project root, with forward slashes, e.g. `standards/lao-course/LCS-01.yaml`. */
  path: string;
  text: string;
  /** Problems found while reading the file (not UTF-8, too large): such a file is not parsed. */
  problems?: Problem[];
}

export interface ParsedYaml {
  value: unknown;
  /** 1-based line of the node at a field path, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Aliases (`*name`) may repeat a node this many times in one file; more is a file built to exhaust memory. */
export const MAX_ALIAS_COUNT = 100;

/** Keys that would reach an object's prototype when the YAML becomes a JavaScript object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses one YAML file; syntax errors and unsafe content come back as problems with their line. */
export function parseYamlFile(file: SourceFile): { parsed?: ParsedYaml; problems: Problem[] } {
  if (file.problems?.length) return { problems: file.problems };
  const lineCounter = new LineCounter();
  // The default (YAML 1.2 core) schema keeps 2024-05-01 as text, which is what the schema expects.
  const doc = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined, message: string): Problem => ({
    file: file.path,
    line: offset === undefined ? undefined : lineCounter.linePos(offset).line,
    path: '',
    message,
  });
  if (doc.errors.length > 0) {
    return { problems: doc.errors.map((error) => at(error.pos[0], `YAML syntax: ${error.message.split('\n')[0]}`)) };
  }
  const problems: Problem[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        problems.push(at(pair.key.range?.[0], `the key "${String(pair.key.value)}" is not allowed (it would reach JavaScript's object prototype)`));
      }
    },
  });
  if (problems.length > 0) return { problems };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { problems: [at(undefined, `uses aliases (*name) that expand too far (more than ${MAX_ALIAS_COUNT} copies): write the values out`)] };
  }
  if (value === null || value === undefined) return { problems: [at(undefined, 'is empty: it must hold a YAML map of fields')] };
  return { parsed: { value, lineOf: (path) => lineOf(doc, lineCounter, path) }, problems: [] };
}

function lineOf(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}
