import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layout's boundaries are kept by the linter (eslint.config.js): each deliberate violation below must be
// reported by the rule that keeps it, and a clean file must pass, so the rules cannot silently stop firing.
const eslint = new ESLint({ cwd: process.cwd(), ignore: false });

async function rulesFiredOn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

const DOMAIN_FILE = 'src/domain/record/boundary-fixture.ts';
const COMPONENT_FILE = 'src/components/record/boundary-fixture.tsx';

describe('the linter keeps the layout', { timeout: 120_000 }, () => {
  it('passes a domain file that keeps to the rules', async () => {
    expect(await rulesFiredOn(DOMAIN_FILE, "import { LANGUAGES } from '../text/languages.ts';\nexport const count = LANGUAGES.length;\n")).toEqual([]);
  });

  it.each([
    ['React', "import { useState } from 'react';\nexport const hook = useState;\n", 'no-restricted-imports'],
    ['a Node module', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n", 'no-restricted-imports'],
    ['a virtual module', "import { summaries } from 'virtual:catalogue';\nexport const all = summaries;\n", 'no-restricted-imports'],
    ['a UI folder', "import { SiteHeader } from '../../components/shell/site-header.tsx';\nexport const header = SiteHeader;\n", 'import-x/no-restricted-paths'],
    ['the Node layer', "import { loadCatalogueOrExit } from '../../node/catalogue/load-catalogue.ts';\nexport const load = loadCatalogueOrExit;\n", 'import-x/no-restricted-paths'],
    ['the DOM', 'export const title = () => document.title;\n', 'no-restricted-globals'],
  ])('refuses domain code that imports or touches %s', async (_what, code, rule) => {
    expect(await rulesFiredOn(DOMAIN_FILE, code)).toContain(rule);
  });

  it('refuses a component that imports the boot layer or a virtual module', async () => {
    expect(await rulesFiredOn(COMPONENT_FILE, "import { boot } from '../../boot/boot.ts';\nexport const start = boot;\n")).toContain('import-x/no-restricted-paths');
    expect(await rulesFiredOn(COMPONENT_FILE, "import { summaries } from 'virtual:catalogue';\nexport const all = summaries;\n")).toContain('no-restricted-imports');
  });

  it('refuses code in src or scripts that imports from tests/', async () => {
    const code = "import { realCounts } from '../../../tests/fixtures/real-catalogue.ts';\nexport const counts = realCounts;\n";
    expect(await rulesFiredOn(DOMAIN_FILE, code)).toContain('import-x/no-restricted-paths');
    expect(await rulesFiredOn('scripts/boundary-fixture.ts', "import { realCounts } from '../tests/fixtures/real-catalogue.ts';\nexport const counts = realCounts;\n")).toContain('import-x/no-restricted-paths');
  });

  it('refuses an import cycle', async () => {
    const results = await eslint.lintFiles(['tests/lint-fixtures/cycle/first.ts']);
    expect(results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('import-x/no-cycle');
  });
});
