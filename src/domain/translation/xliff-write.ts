import js2xliff, { type XliffJsUnit } from 'xliff/js2xliff';
import { SOURCE_LANGUAGE } from '../text/languages.ts';
import type { TargetLanguage } from './coverage-state.ts';
import type { XliffRecordFile, XliffUnit } from './xliff-export.ts';
import type { Concept } from '../terms/glossary-schema.ts';
import { sourceConceptFinder } from '../terms/source-concepts.ts';
import { GLOSSARY_NAMESPACE, glossaryXml } from '../terms/xliff-glossary.ts';

function unitJs(unit: XliffUnit): XliffJsUnit {
  return {
    source: unit.source,
    ...(unit.target !== undefined && { target: unit.target }),
    ...(unit.note !== undefined && { note: unit.note }),
    // Each text is one segment: a CAT tool that split it would make the import ambiguous.
    additionalAttributes: { name: unit.name, canResegment: 'no' },
  };
}

/**
 * One XLIFF 2.0 document for translating the Chinese into `lang`, one `<file>` per record. The xliff package
 * writes `<segment>` without attributes, so each segment's state is added here, in document order. With a
 * termbase, each unit whose Chinese holds a concept's term carries it in the Glossary module (`<gls:glossary>`),
 * which the import ignores.
 */
export async function writeXliff(lang: TargetLanguage, files: readonly XliffRecordFile[], termbase?: readonly Concept[]): Promise<string> {
  const resources = Object.fromEntries(files.map((file) => [file.recordId, Object.fromEntries(file.units.map((unit) => [unit.id, unitJs(unit)]))]));
  const xml = await js2xliff({ sourceLanguage: SOURCE_LANGUAGE, targetLanguage: lang, resources }, { indent: '  ' });
  const units = files.flatMap((file) => file.units);
  let next = 0;
  // Texts are escaped (`<` → `&lt;`), so the only `<segment>` in the document are the ones the package wrote.
  let withStates = xml.replace(/<segment>/g, () => {
    const { state, subState } = units[next++];
    return `<segment state="${state}"${subState ? ` subState="${subState}"` : ''}>`;
  });
  if (next !== units.length) throw new Error(`Expected ${units.length} segments in the XLIFF output, found ${next}`);
  if (termbase?.length) withStates = withGlossaries(withStates, units, lang, termbase);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withStates}\n`;
}

/** Declares the Glossary module on the root and writes each unit's concepts first inside it. */
function withGlossaries(xml: string, units: readonly XliffUnit[], lang: TargetLanguage, termbase: readonly Concept[]): string {
  const conceptsIn = sourceConceptFinder(termbase);
  let next = 0;
  // As with segments, the only `<unit ` tags are the package's, in document order.
  const withEntries = xml.replace(/^( *)(<unit [^>]*>)$/gm, (_line, indent: string, tag: string) => {
    const concepts = conceptsIn(units[next++].source);
    return concepts.length === 0 ? `${indent}${tag}` : `${indent}${tag}\n${glossaryXml(concepts, lang, `${indent}  `)}`;
  });
  if (next !== units.length) throw new Error(`Expected ${units.length} units in the XLIFF output, found ${next}`);
  return withEntries.replace(/^<xliff xmlns="([^"]*)"/m, `<xliff xmlns="$1" xmlns:gls="${GLOSSARY_NAMESPACE}"`);
}
