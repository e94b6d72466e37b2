import type { z } from 'zod';
import { compareIds, VOCABULARY_NAMES, type Catalogue, type Vocabularies } from './catalogue.ts';
import { parseYamlFile, type ParsedYaml, type SourceFile } from './parse-yaml-file.ts';
import type { Problem } from './problems.ts';
import { checkPublishedIds, PUBLISHED_IDS_PATH } from './published-ids.ts';
import { COLLECTIONS, ID_PREFIX } from './record-enums.ts';
import { courseStandardSchema, vocabularySchema, type CourseStandard } from './schema.ts';
import { checkRecord } from './check-record.ts';
import { checkLinks } from './links/check-links.ts';

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
  const recordFiles = files.filter((f) => !VOCAB_PATH.test(f.path) && f.path !== PUBLISHED_IDS_PATH);
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
    const result = courseStandardSchema.safeParse(parsed.value, { reportInput: true });
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
    if (!(COLLECTIONS as readonly string[]).includes(directory)) {
      at([], `is in standards/${directory}/, which is not a collection (${COLLECTIONS.join(', ')})`);
    } else if (directory !== record.collection) {
      at(['collection'], `is ${record.collection} but the file is in standards/${directory}/`);
    }
    if (stem !== record.id) at(['id'], `is ${record.id} but the file is named ${stem}.yaml: they must match`);
    if (!record.id.startsWith(`${ID_PREFIX[record.collection]}-`)) {
      at(['id'], `must start with ${ID_PREFIX[record.collection]}- in the ${record.collection} collection`);
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
  const sorted = records.map((r) => r.record).sort((a, b) => compareIds(a.id, b.id));
  if (problems.length > 0 || !vocabularies) return { problems, recordFiles: recordFiles.length };
  return { catalogue: { standards: sorted, vocabularies }, problems, recordFiles: recordFiles.length };
}

function readVocabularies(files: readonly SourceFile[], problems: Problem[]): Vocabularies | undefined {
  const found: Partial<Vocabularies> = {};
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
    const result = vocabularySchema.safeParse(parsed.value, { reportInput: true });
    if (result.success) found[name as keyof Vocabularies] = result.data;
    else problems.push(...schemaProblems(file.path, parsed, result.error));
  }
  const missing = VOCABULARY_NAMES.filter((name) => !found[name]);
  for (const name of missing) {
    if (!files.some((f) => VOCAB_PATH.exec(f.path)?.[1] === name)) {
      problems.push({ file: `standards/_vocab/${name}.yaml`, path: '', message: 'is missing: every record refers to it' });
    }
  }
  return missing.length === 0 ? (found as Vocabularies) : undefined;
}

function schemaProblems(file: string, parsed: ParsedYaml, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    else if (issue.code === 'invalid_type' && issue.input === undefined) message = 'is required but missing';
    return { file, line: parsed.lineOf(issue.path), path: path.join('.'), message };
  });
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
