import { translatableTexts, textAt } from '../coverage-texts.ts';
import type { CourseStandard } from '../schema.ts';
import type { Concept, Glossary, TermLanguage } from './glossary-schema.ts';
import { findTerm, foldTerm, prepareText, type PreparedText } from './match-term.ts';

export type TargetLanguage = 'lo' | 'en';
const TARGETS: readonly TargetLanguage[] = ['lo', 'en'];
export type TermFindingKind = 'missing-term' | 'forbidden-form' | 'foreign-script';

/** One terminology problem in one text of one record. */
export interface TermFinding {
  kind: TermFindingKind;
  record: string;
  lang: TermLanguage;
  /** The text path (`units/2/title`, `history/0/changes`). */
  path: string;
  /** Where the text sits in the record file, for its line. */
  keys: (string | number)[];
  concept?: string;
  found: string;
  expected: string;
}

const HAN_RUN = /\p{Script=Han}+/gu;
const CITED_TITLE = /《[^《》]*》/g;
/** A Chinese example quoted with its Lao translation in brackets, as a Chinese course does: 禁止 (ຫ້າມ). */
const HAN_EXAMPLE = /[\p{Script=Han}…]+ ?\([^()]*[\u0E80-\u0EFF][^()]*\)/gu;
const LATIN_WORD = /[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*/g;
/**
 * A gloss: Latin words in brackets right after a Lao word, as in ຄອຍເຢັນ (evaporator). The Lao term is there; the
 * gloss helps a reader match the label on the equipment, so it is not untranslated text.
 */
const LATIN_GLOSS = /(?<=[\u0E80-\u0EFF]["”’»]? ?)\([^()\u0E80-\u0EFF\p{Script=Han}]*[A-Za-z][^()\u0E80-\u0EFF\p{Script=Han}]*\)/gu;

/**
 * Checks every text of every record against the termbase: (a) a concept whose Chinese term is in the source (outside a cited 《title》) and
 * whose preferred or admitted form is missing from the translation; (b) a forbidden form, in any language;
 * (c) Chinese characters or Latin words inside Lao text, unless a concept's Lao form or allowed-in-lao.yaml has them.
 */
export function checkTerms(standards: readonly CourseStandard[], glossary: Glossary, languages: readonly TermLanguage[] = ['zh', 'lo', 'en']): TermFinding[] {
  const folded = foldConcepts(glossary.concepts);
  const latinInLao = allowedLatin(glossary);
  const findings: TermFinding[] = [];
  for (const standard of standards) {
    for (const { path, keys, texts } of textsOf(standard)) {
      const report = (finding: Omit<TermFinding, 'record' | 'path' | 'keys'>) =>
        findings.push({ ...finding, record: standard.id, path, keys: [...keys(finding.lang)] });
      const zh = texts.zh === undefined ? undefined : prepareText(texts.zh, 'zh');
      const inSource = zh ? conceptsIn(zh, folded) : [];
      for (const lang of TARGETS.filter((l) => languages.includes(l))) {
        const text = texts[lang];
        if (text === undefined) continue;
        const prepared = prepareText(text, lang);
        for (const concept of inSource) {
          if (folded.get(concept)![lang].admitted.some((form) => findTerm(prepared, form).length > 0)) continue;
          // A forbidden form in its place is reported once, as that.
          if (folded.get(concept)![lang].forbidden.some((form) => findTerm(prepared, form).length > 0)) continue;
          report({ kind: 'missing-term', lang, concept: concept.id, found: '', expected: concept[lang].term });
        }
        reportForbidden(prepared, folded, lang, report);
        if (lang === 'lo') reportForeignScript(text, glossary.concepts, latinInLao, report);
      }
      if (zh && languages.includes('zh')) reportForbidden(zh, folded, 'zh', report);
    }
  }
  return findings;
}

interface FoldedForms {
  admitted: string[];
  forbidden: string[];
}
type FoldedConcepts = Map<Concept, Record<TermLanguage, FoldedForms>>;

function foldConcepts(concepts: readonly Concept[]): FoldedConcepts {
  const fold = (concept: Concept, lang: TermLanguage): FoldedForms => ({
    admitted: [concept[lang].term, ...(concept[lang].variants ?? [])].map((form) => foldTerm(form, lang)),
    forbidden: (concept[lang].forbidden ?? []).map((form) => foldTerm(form, lang)),
  });
  return new Map(concepts.map((c) => [c, { zh: fold(c, 'zh'), lo: fold(c, 'lo'), en: fold(c, 'en') }]));
}

/**
 * The concepts whose Chinese term stands in a source text. Longer terms win: 专业教学标准 is one concept, not also
 * 教学标准 inside it.
 */
function conceptsIn(zh: PreparedText, folded: FoldedConcepts): Concept[] {
  const hits = [...folded].flatMap(([concept, forms]) =>
    forms.zh.admitted.flatMap((form) => findTerm(zh, form).map((m) => ({ concept, start: m.start, end: m.end }))),
  );
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Inside 《…》 stands the title of another course or book: a name, translated as that record's own title (and
  // checked there), often shortened in running text. It does not call for the terms again.
  const taken: boolean[] = [];
  for (const title of zh.original.matchAll(CITED_TITLE)) {
    for (let i = title.index; i < title.index + title[0].length; i++) taken[i] = true;
  }
  const found = new Set<Concept>();
  for (const hit of hits) {
    let free = true;
    for (let i = hit.start; i < hit.end; i++) free &&= !taken[i];
    if (!free) continue;
    for (let i = hit.start; i < hit.end; i++) taken[i] = true;
    found.add(hit.concept);
  }
  return [...found].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function reportForbidden(text: PreparedText, folded: FoldedConcepts, lang: TermLanguage, report: (f: Omit<TermFinding, 'record' | 'path' | 'keys'>) => void) {
  for (const [concept, forms] of folded) {
    for (const form of forms[lang].forbidden) {
      for (const match of findTerm(text, form)) {
        report({ kind: 'forbidden-form', lang, concept: concept.id, found: match.text, expected: concept[lang].term });
      }
    }
  }
}

/** Latin words that may stand in Lao text: the allowed list, and every Latin word of a concept's Lao forms. */
function allowedLatin(glossary: Glossary): Set<string> {
  const allowed = new Set(glossary.allowedInLao);
  for (const concept of glossary.concepts) {
    for (const form of [concept.lo.term, ...(concept.lo.variants ?? [])]) {
      for (const word of form.match(LATIN_WORD) ?? []) allowed.add(word);
    }
  }
  return allowed;
}

function reportForeignScript(text: string, concepts: readonly Concept[], allowed: Set<string>, report: (f: Omit<TermFinding, 'record' | 'path' | 'keys'>) => void) {
  const laoForms = concepts.flatMap((c) => [c.lo.term, ...(c.lo.variants ?? [])]);
  const examples = [...text.matchAll(HAN_EXAMPLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const { 0: run, index } of text.matchAll(HAN_RUN)) {
    if (laoForms.includes(run) || examples.some((e) => e.start <= index && index < e.end)) continue;
    const concept = concepts.find((c) => [c.zh.term, ...(c.zh.variants ?? [])].includes(run));
    report({ kind: 'foreign-script', lang: 'lo', concept: concept?.id, found: run, expected: concept ? concept.lo.term : 'Lao text, not Chinese characters' });
  }
  const glosses = [...text.matchAll(LATIN_GLOSS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const { 0: word, index } of text.matchAll(LATIN_WORD)) {
    if (!/[A-Za-z]/.test(word) || allowed.has(word)) continue;
    if (glosses.some((g) => g.start <= index && index < g.end)) continue;
    if (word.split(/[-.]/).every((part) => !/[A-Za-z]/.test(part) || allowed.has(part))) continue;
    const concept = concepts.find((c) => [c.en.term, ...(c.en.variants ?? [])].some((form) => form.toLowerCase() === word.toLowerCase()));
    report({
      kind: 'foreign-script',
      lang: 'lo',
      concept: concept?.id,
      found: word,
      expected: concept ? concept.lo.term : 'Lao text, or the word in standards/_glossary/allowed-in-lao.yaml',
    });
  }
}

interface RecordText {
  path: string;
  keys: (lang: TermLanguage) => (string | number)[];
  texts: Partial<Record<TermLanguage, string>>;
}

/** Every text of a record in its three languages: the standard's own texts and the history notes. */
function textsOf(standard: CourseStandard): RecordText[] {
  const texts: RecordText[] = translatableTexts(standard.text.zh).map(({ path }) => ({
    path,
    keys: (lang) => ['text', lang, ...path.split('/').map((part) => (/^\d+$/.test(part) ? Number(part) : part))],
    texts: { zh: textAt(standard.text.zh, path), lo: textAt(standard.text.lo, path), en: textAt(standard.text.en, path) },
  }));
  standard.history.forEach((entry, i) => {
    texts.push({ path: `history/${i}/changes`, keys: (lang) => ['history', i, 'changes', lang], texts: entry.changes });
  });
  return texts;
}
