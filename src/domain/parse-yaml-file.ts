import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { Problem } from './problems.ts';

export interface SourceFile {
  /** Path relative to the project root, with forward slashes, e.g. `standards/lao-course/LCS-01.yaml`. */
  path: string;
  text: string;
}

export interface ParsedYaml {
  value: unknown;
  /** 1-based line of the node at a field path, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Parses one YAML file; syntax errors come back as problems with their line. */
export function parseYamlFile(file: SourceFile): { parsed?: ParsedYaml; problems: Problem[] } {
  const lineCounter = new LineCounter();
  // The default (YAML 1.2 core) schema keeps 2024-05-01 as text, which is what the schema expects.
  const doc = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file: file.path,
        line: lineCounter.linePos(error.pos[0]).line,
        path: '',
        message: `YAML syntax: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  return { parsed: { value: doc.toJS(), lineOf: (path) => lineOf(doc, lineCounter, path) }, problems: [] };
}

function lineOf(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}
