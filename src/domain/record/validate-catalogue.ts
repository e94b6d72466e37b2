import { compareIds, VOCABULARY_NAMES, type Catalogue, type Vocabularies } from './catalogue.ts';
import { parseYamlFile, type ParsedYaml, type SourceFile } from './parse-yaml-file.ts';
import type { Problem } from './problems.ts';
import { checkPublishedIds, PUBLISHED_IDS_PATH } from './published-ids.ts';
import { collectionKeys } from './collections.ts';
import { collectionVocabularySchema, partnerVocabularySchema, recordSchemaFor, vocabularySchema, type CourseStandard } from './schema.ts';
import { checkRecord } from './check-record.ts';
import { schemaProblems } from './schema-problems.ts';
import { GLOSSARY_PATH, validateGlossary } from '../terms/validate-glossary.ts';
import { checkLinks } from '../links/check-links.ts';

export type { SourceFile };

const RECORD_PATH = /^standards\/([^/]+)\/([^/]+)\.ya?ml$/;
const VOCAB_PATH = /^standards\/_vocab\/([^/]+)\.ya?ml$/;

export interface ValidationResult {
  /** Present only when there are no problems: a partly valid catalogue is never published. */
  catalogue?: Catalogue;
  problems: Problem[];
  /** How many record files were read, valid or not. */
  recordFiles: number;
}

/** Validates every record and vocabulary file at once and reports every problem found. */
export function validateCatalogue(files: readonly SourceFile[]): ValidationResult {
  const problems: Problem[] = [];
  const vocabularies = readVocabularies(files, problems);
  const recordFiles = files.filter((f) => !VOCAB_PATH.test(f.path) && !GLOSSARY_PATH.test(f.path) && f.path !== PUBLISHED_IDS_PATH);
  const records: { file: string; record: CourseStandard; parsed: ParsedYaml }[] = [];

  for (const file of recordFiles) {
    const match = RECORD_PATH.exec(file.path);
    if (!match) {
      problems.push({ file: file.path, path: '', message: 'is not where a record belongs: use standards/<collection>/<ID>.yaml' });
      continue;
    }
    const { parsed, problems: syntax } = parseYamlFile(file);
    problems.push(...syntax);
    if (!parsed) continue;
    const result = recordSchemaFor(parsed.value).safeParse(parsed.value, { reportInput: true });
    if (!result.success) {
      const fromSchema = schemaProblems(file.path, parsed, result.error);
      problems.push(...fromSchema);
      // Every problem of the file at once: the record's own checks still run on what the schema could read.
      if (vocabularies && typeof parsed.value === 'object' && !Array.isArray(parsed.value)) {
        const reported = fromSchema.map((p) => p.path);
        checkRecord(parsed.value as CourseStandard, vocabularies, (path, message) => {
          const dotted = path.join('.');
          if (reported.some((r) => dotted === r || dotted.startsWith(`${r}.`) || r.startsWith(`${dotted}.`))) return;
          problems.push({ file: file.path, line: parsed.lineOf(path), path: dotted, message });
        });
      }
      continue;
    }
    const [, directory, stem] = match;
    const record = result.data;
    const at = (path: (string | number)[], message: string) =>
      problems.push({ file: file.path, line: parsed.lineOf(path), path: path.join('.'), message });
    const collections = vocabularies?.collections;
    if (collections && !Object.hasOwn(collections, directory)) {
      at([], `is in standards/${directory}/, which is not a collection (${collectionKeys(collections).join(', ')})`);
    } else if (directory !== record.collection) {
      at(['collection'], `is ${record.collection} but the file is in standards/${directory}/`);
    }
    if (stem !== record.id) at(['id'], `is ${record.id} but the file is named ${stem}.yaml: they must match`);
    // The id's prefix is the collection's, as collections.yaml gives it (an unknown collection is reported by checkRecord).
    if (collections && Object.hasOwn(collections, record.collection) && !record.id.startsWith(`${collections[record.collection].prefix}-`)) {
      at(['id'], `must start with ${collections[record.collection].prefix}- in the ${record.collection} collection`);
    }
    if (vocabularies) checkRecord(record, vocabularies, at);
    records.push({ file: file.path, record, parsed });
  }

  checkAcrossRecords(records, problems);
  // A record whose file has problems still holds its id: report the file's problems, not a lost id.
  const brokenIds = recordFiles.map((f) => RECORD_PATH.exec(f.path)?.[2]).filter((id): id is string => !!id && !records.some((r) => r.record.id === id));
  problems.push(...checkLinks(records, new Set(brokenIds)));
  const publishedIds = files.find((f) => f.path === PUBLISHED_IDS_PATH);
  if (publishedIds?.problems?.length) problems.push(...publishedIds.problems);
  else problems.push(
    ...checkPublishedIds(publishedIds, [...records.map((r) => r.record), ...brokenIds.map((id) => ({ id }))]),
  );
  const glossary = validateGlossary(files, vocabularies, problems);
  const sorted = records.map((r) => r.record).sort((a, b) => compareIds(a.id, b.id));
  if (problems.length > 0 || !vocabularies) return { problems, recordFiles: recordFiles.length };
  return { catalogue: { standards: sorted, vocabularies, glossary }, problems, recordFiles: recordFiles.length };
}

function readVocabularies(files: readonly SourceFile[], problems: Problem[]): Vocabularies | undefined {
  const found: Partial<Vocabularies> = {};
  let collectionsFile: { path: string; parsed: ParsedYaml } | undefined;
  for (const file of files) {
    const name = VOCAB_PATH.exec(file.path)?.[1];
    if (!name) continue;
    if (!(VOCABULARY_NAMES as readonly string[]).includes(name)) {
      problems.push({ file: file.path, path: '', message: `is not a known vocabulary (${VOCABULARY_NAMES.join(', ')})` });
      continue;
    }
    const { parsed, problems: syntax } = parseYamlFile(file);
    problems.push(...syntax);
    if (!parsed) continue;
    if (name === 'collections') {
      const result = collectionVocabularySchema.safeParse(parsed.value, { reportInput: true });
      if (result.success) {
        found.collections = result.data;
        collectionsFile = { path: file.path, parsed };
      } else problems.push(...schemaProblems(file.path, parsed, result.error));
      continue;
    }
    if (name === 'partners') {
      const result = partnerVocabularySchema.safeParse(parsed.value, { reportInput: true });
      if (result.success) found.partners = result.data;
      else problems.push(...schemaProblems(file.path, parsed, result.error));
      continue;
    }
    const result = vocabularySchema.safeParse(parsed.value, { reportInput: true });
    if (result.success) found[name as 'fields' | 'bodies'] = result.data;
    else problems.push(...schemaProblems(file.path, parsed, result.error));
  }
  if (collectionsFile && found.collections) checkCollections(found.collections, found.bodies, collectionsFile, problems);
  const missing = VOCABULARY_NAMES.filter((name) => !found[name]);
  for (const name of missing) {
    if (!files.some((f) => VOCAB_PATH.exec(f.path)?.[1] === name)) {
      problems.push({ file: `standards/_vocab/${name}.yaml`, path: '', message: 'is missing: every record refers to it' });
    }
  }
  return missing.length === 0 ? (found as Vocabularies) : undefined;
}

/** Each collection has its own id prefix and place in the order, and a certifier from bodies.yaml. */
function checkCollections(
  collections: Vocabularies['collections'],
  bodies: Vocabularies['bodies'] | undefined,
  { path: file, parsed }: { path: string; parsed: ParsedYaml },
  problems: Problem[],
) {
  const at = (path: string[], message: string) => problems.push({ file, line: parsed.lineOf(path), path: path.join('.'), message });
  const prefixOwner = new Map<string, string>();
  const orderOwner = new Map<number, string>();
  for (const [key, entry] of Object.entries(collections)) {
    const samePrefix = prefixOwner.get(entry.prefix);
    if (samePrefix) at([key, 'prefix'], `${entry.prefix} is also the prefix of ${samePrefix}`);
    else prefixOwner.set(entry.prefix, key);
    const sameOrder = orderOwner.get(entry.order);
    if (sameOrder) at([key, 'order'], `${entry.order} is also the order of ${sameOrder}`);
    else orderOwner.set(entry.order, key);
    if (entry.certified && bodies && !Object.hasOwn(bodies, entry.certified)) {
      at([key, 'certified'], `${entry.certified} is not in standards/_vocab/bodies.yaml`);
    }
  }
}

function checkAcrossRecords(records: { file: string; record: CourseStandard; parsed: ParsedYaml }[], problems: Problem[]) {
  const owners = new Map<string, string>();
  for (const { file, record, parsed } of records) {
    const earlier = owners.get(record.id);
    if (earlier) problems.push({ file, line: parsed.lineOf(['id']), path: 'id', message: `${record.id} is also used by ${earlier}` });
    else owners.set(record.id, file);
  }
  for (const { file, record, parsed } of records) {
    record.aliases?.forEach((alias, i) => {
      const owner = owners.get(alias);
      const otherAlias = records.find((r) => r.record !== record && r.record.aliases?.includes(alias));
      if (owner || otherAlias) {
        problems.push({ file, line: parsed.lineOf(['aliases', i]), path: `aliases.${i}`, message: `${alias} already belongs to ${owner ?? otherAlias?.file}` });
      }
    });
    if (record.supersededBy && (record.supersededBy === record.id || !owners.has(record.supersededBy))) {
      problems.push({ file, line: parsed.lineOf(['supersededBy']), path: 'supersededBy', message: `${record.supersededBy} is not another record in the catalogue` });
    }
  }
}
