// npm run fingerprint [-- --check] [-- --root DIR]
// Records, for every translated text that has none, the fingerprint of the Chinese it was translated from, so
// that a later change to the Chinese shows the translation as stale. Comments, key order and formatting are kept.
// Interface strings too: their states and fingerprints go to locales/translation-states.json.
// Run it once on translations known to be current; --check only reports (exit 1) what is missing.
import { fillFingerprints, openRecordDocument, writeRecordDocument } from '../src/domain/translation/record-edit.ts';
import type { SourceFile } from '../src/domain/record/parse-yaml-file.ts';
import { formatProblems } from '../src/domain/record/problems.ts';
import { fail, guardCommand, readCommandLine } from '../src/node/cli/cli.ts';
import { readEditableCatalogue, writeIfValid } from '../src/node/catalogue/record-files.ts';
import { join } from 'node:path';
import { fillUiStates } from '../src/domain/translation/ui-coverage.ts';
import { TARGET_LANGUAGES } from '../src/domain/translation/coverage-state.ts';
import { writeFilesAtomically } from '../src/node/cli/atomic-files.ts';
import { readUiStates, readUiStrings, UI_STATES_FILE, uiStatesText } from '../src/node/catalogue/read-locales.ts';

guardCommand();
const { values } = readCommandLine('Usage: npm run fingerprint [-- --check] [--root DIR]', { check: { type: 'boolean' }, root: { type: 'string' } });
const root = values.root ?? process.cwd();
const editable = readEditableCatalogue(root);
if ('problems' in editable) {
  console.error(formatProblems(editable.problems));
  process.exit(1);
}

const edited: SourceFile[] = [];
const unsafe: string[] = [];
for (const standard of editable.catalogue.standards) {
  const file = editable.fileOf.get(standard.id)!;
  const doc = openRecordDocument(file.text);
  if (!doc) {
    unsafe.push(file.path);
    continue;
  }
  if (fillFingerprints(doc, standard)) edited.push({ path: file.path, text: writeRecordDocument(doc) });
}

const uiStates = readUiStates(root) ?? {};
const uiAdded = fillUiStates(readUiStrings(root), uiStates, TARGET_LANGUAGES);

if (unsafe.length > 0) {
  console.error(`Not written: these files are formatted in a way the yaml library would not reproduce:\n${unsafe.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
if (uiAdded > 0 && values.check) {
  console.error(`${uiAdded} interface strings have no fingerprint in ${UI_STATES_FILE} (run npm run fingerprint).`);
  process.exitCode = 1;
} else if (uiAdded > 0) {
  try {
    writeFilesAtomically([{ path: join(root, UI_STATES_FILE), text: uiStatesText(uiStates) }]);
  } catch (error) {
    fail(`Nothing written to ${UI_STATES_FILE}: ${(error as Error).message}`);
  }
  console.log(`Added fingerprints for ${uiAdded} interface strings to ${UI_STATES_FILE}.`);
}
if (edited.length === 0) {
  console.log('Every translated text already has a fingerprint.');
} else if (values.check) {
  console.error(`${edited.length} record files have translated texts without a fingerprint (run npm run fingerprint):`);
  for (const file of edited) console.error(`  ${file.path}`);
  process.exit(1);
} else {
  let problems;
  try {
    problems = writeIfValid(root, editable.files, edited);
  } catch (error) {
    fail(`Nothing written: ${(error as Error).message}`);
  }
  if (problems.length > 0) {
    console.error(`Nothing written:\n${formatProblems(problems)}`);
    process.exit(1);
  }
  console.log(`Added fingerprints to ${edited.length} record files.`);
}
