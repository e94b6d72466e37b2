import type { Concept } from './glossary-schema.ts';
import { findTerm, foldTerm, prepareText } from './match-term.ts';

/** A matcher that finds, in Chinese source texts, the concepts whose Chinese term or variant stands there. */
export function sourceConceptFinder(concepts: readonly Concept[]): (source: string) => Concept[] {
  const forms = concepts.flatMap((concept) => [concept.zh.term, ...(concept.zh.variants ?? [])].map((form) => ({ concept, form: foldTerm(form, 'zh') })));
  return (source) => {
    const text = prepareText(source, 'zh');
    const hits = forms.flatMap(({ concept, form }) => findTerm(text, form).map((m) => ({ concept, start: m.start, end: m.end })));
    // Longer terms win where they overlap: 专业教学标准 is one concept, not also 教学标准 inside it.
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: boolean[] = [];
    const found: { concept: Concept; start: number }[] = [];
    for (const hit of hits) {
      let free = true;
      for (let i = hit.start; i < hit.end; i++) free &&= !taken[i];
      if (!free) continue;
      for (let i = hit.start; i < hit.end; i++) taken[i] = true;
      if (!found.some((f) => f.concept === hit.concept)) found.push({ concept: hit.concept, start: hit.start });
    }
    // In the order a translator reads them.
    return found.sort((a, b) => a.start - b.start).map((f) => f.concept);
  };
}
