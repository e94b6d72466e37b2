import type { TargetLanguage } from '../translation/coverage-state.ts';
import type { Concept } from './glossary-schema.ts';
import { xmlEscape } from './xml-text.ts';

/** The XLIFF 2.0 Glossary module's namespace (prefix gls), declared on the root element. */
export const GLOSSARY_NAMESPACE = 'urn:oasis:names:tc:xliff:glossary:2.0';
/** What each entry names as its source (`source` attribute): this catalogue's termbase. */
const TERMBASE = 'lao-course-standards-termbase';

/**
 * A unit's `<gls:glossary>`: one `<gls:glossEntry>` per concept, its Chinese term, the preferred target term and
 * the admitted variants as translations (preferred first), and a definition in the target language, else Chinese.
 * Written before the unit's segments, where XLIFF 2.0 puts module elements. `indent` is the unit's own indentation.
 */
export function glossaryXml(concepts: readonly Concept[], lang: TargetLanguage, indent: string): string {
  const step = '  ';
  const inner = indent + step;
  const entries = concepts.map((concept) => {
    const target = concept[lang];
    const lines = [
      `${inner}<gls:glossEntry id="${xmlEscape(concept.id)}">`,
      `${inner}${step}<gls:term source="${TERMBASE}">${xmlEscape(concept.zh.term)}</gls:term>`,
      ...[target.term, ...(target.variants ?? [])].map((form) => `${inner}${step}<gls:translation source="${TERMBASE}">${xmlEscape(form)}</gls:translation>`),
    ];
    const definition = concept.definition?.[lang] ?? concept.definition?.zh;
    if (definition) lines.push(`${inner}${step}<gls:definition source="${TERMBASE}">${xmlEscape(definition)}</gls:definition>`);
    lines.push(`${inner}</gls:glossEntry>`);
    return lines.join('\n');
  });
  return [`${indent}<gls:glossary>`, ...entries, `${indent}</gls:glossary>`].join('\n');
}
