import type { Vocabularies } from '../record/catalogue.ts';
import { parseYamlFile, type ParsedYaml, type SourceFile } from '../record/parse-yaml-file.ts';
import type { Problem } from '../record/problems.ts';
import { schemaProblems } from '../record/schema-problems.ts';
import { normalizeText } from '../search/normalize.ts';
import { allowedInLaoSchema, glossaryFileSchema, type Concept, type Glossary } from './glossary-schema.ts';

export const GLOSSARY_PATH = /^standards\/_glossary\/([^/]+)\.ya?ml$/;
const ALLOWED_IN_LAO = 'allowed-in-lao';
const LANGS = ['zh', 'lo', 'en'] as const;
const idCollator = new Intl.Collator('en');

/**
 * Reads and checks every termbase file (standards/_glossary/*.yaml), adding what is wrong to `problems` with file,
 * line and field. Returns the concepts that passed, sorted by id; no glossary files at all is an empty termbase.
 */
export function validateGlossary(files: readonly SourceFile[], vocabularies: Vocabularies | undefined, problems: Problem[]): Glossary {
  const concepts: { file: string; parsed: ParsedYaml; index: number; concept: Concept }[] = [];
  const allowedInLao: string[] = [];
  for (const file of files) {
    const name = GLOSSARY_PATH.exec(file.path)?.[1];
    if (!name) continue;
    const { parsed, problems: syntax } = parseYamlFile(file);
    problems.push(...syntax);
    if (!parsed) continue;
    if (name === ALLOWED_IN_LAO) {
      const result = allowedInLaoSchema.safeParse(parsed.value, { reportInput: true });
      if (result.success) allowedInLao.push(...result.data.latin);
      else problems.push(...schemaProblems(file.path, parsed, result.error));
      continue;
    }
    const result = glossaryFileSchema.safeParse(parsed.value, { reportInput: true });
    if (!result.success) {
      problems.push(...schemaProblems(file.path, parsed, result.error));
      continue;
    }
    result.data.concepts.forEach((concept, index) => concepts.push({ file: file.path, parsed, index, concept }));
  }

  const owners = new Map<string, string>();
  for (const { file, parsed, index, concept } of concepts) {
    const at = (path: (string | number)[], message: string) =>
      problems.push({ file, line: parsed.lineOf(['concepts', index, ...path]), path: ['concepts', index, ...path].join('.'), message });
    const owner = owners.get(concept.id);
    if (owner) at(['id'], `${concept.id} is also the id of a concept in ${owner}`);
    else owners.set(concept.id, file);
    concept.fields.forEach((field, i) => {
      if (vocabularies && !Object.hasOwn(vocabularies.fields, field)) at(['fields', i], `${field} is not in standards/_vocab/fields.yaml`);
    });
    for (const lang of LANGS) checkForms(concept, lang, at);
  }
  return {
    concepts: concepts.map((c) => c.concept).sort((a, b) => idCollator.compare(a.id, b.id)),
    allowedInLao,
  };
}

/**
 * A form listed twice, or both admitted and forbidden, in one language. Variants are compared as written (an older
 * Lao spelling such as ຫລ for ຫຼ is listed on purpose, though search folds it); a forbidden form is compared as
 * search compares text, since the check could never tell it from the admitted form it folds to.
 */
function checkForms(concept: Concept, lang: (typeof LANGS)[number], at: (path: (string | number)[], message: string) => void) {
  const { term, variants = [], forbidden = [] } = concept[lang];
  const written = new Map<string, string>([[term.normalize('NFC'), 'the preferred term']]);
  const folded = new Map<string, string>([[normalizeText(term), 'the preferred term']]);
  variants.forEach((variant, i) => {
    const earlier = written.get(variant.normalize('NFC'));
    if (earlier) at([lang, 'variants', i], `${variant} is already listed as ${earlier}`);
    else written.set(variant.normalize('NFC'), `variant ${i}`);
    if (!folded.has(normalizeText(variant))) folded.set(normalizeText(variant), `variant ${i}`);
  });
  const seen = new Set<string>();
  forbidden.forEach((form, i) => {
    const key = normalizeText(form);
    const admittedAs = folded.get(key);
    if (admittedAs) at([lang, 'forbidden', i], `${form} is both forbidden and admitted (as ${admittedAs})`);
    else if (seen.has(key)) at([lang, 'forbidden', i], `${form} is listed twice`);
    seen.add(key);
  });
}
