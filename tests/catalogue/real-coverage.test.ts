import { describe, expect, it } from 'vitest';
import { openRecordDocument } from '../../src/domain/translation/record-edit.ts';
import { TARGET_LANGUAGES, textStatuses } from '../../src/domain/translation/coverage-state.ts';
import { validateCatalogue } from '../../src/domain/record/validate-catalogue.ts';
import { readStandardFiles } from '../../src/node/catalogue/read-standards.ts';
import { uiCoverage } from '../../src/domain/translation/ui-coverage.ts';
import { readUiStates, readUiStrings } from '../../src/node/catalogue/read-locales.ts';

const files = readStandardFiles(process.cwd());
const standards = validateCatalogue(files).catalogue?.standards ?? [];

describe('the shipped catalogue, for translation coverage', () => {
  it('records the fingerprint of the Chinese behind every translated text, and none is stale', () => {
    expect(standards.length).toBeGreaterThan(0);
    for (const standard of standards) {
      for (const lang of TARGET_LANGUAGES) {
        const statuses = textStatuses(standard, lang);
        expect(statuses.filter((s) => s.state === 'missing'), `${standard.id} ${lang}`).toEqual([]);
        expect(statuses.filter((s) => s.stale).map((s) => s.path), `${standard.id} ${lang}`).toEqual([]);
      }
    }
  });

  it('has every record file formatted as the yaml library writes it, so an import can edit any of them', () => {
    const records = files.filter((f) => /^standards\/[a-z-]+\/[A-Z]+-\d+\.yaml$/.test(f.path));
    expect(records).toHaveLength(standards.length);
    expect(records.filter((f) => !openRecordDocument(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('records a state and the Chinese fingerprint of every Lao and English interface string, and none is stale', () => {
    const ui = uiCoverage(readUiStrings(process.cwd()), TARGET_LANGUAGES, readUiStates(process.cwd()));
    expect(ui.stale.map((s) => `${s.namespace}:${s.key}`), 'run npm run fingerprint after changing locales/').toEqual([]);
  });
});
