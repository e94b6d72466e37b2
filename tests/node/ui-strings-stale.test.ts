import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
let root: string;
/** The translation-coverage command run in a copy of the project's records and locale files. */
const coverage = (...args: string[]) => spawnSync(tsx, [join(process.cwd(), 'scripts', 'coverage.ts'), ...args], { cwd: root, encoding: 'utf8' });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lcs-ui-'));
  for (const dir of ['standards', 'locales']) cpSync(join(process.cwd(), dir), join(root, dir), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('interface strings are tracked like record texts', { timeout: 60_000 }, () => {
  it('a changed Chinese interface string makes its Lao and English stale in the --json output', () => {
    const before = JSON.parse(coverage('--json').stdout);
    expect(before.ui.stale).toEqual([]);
    const file = join(root, 'locales', 'zh', 'common.json');
    const zh = JSON.parse(readFileSync(file, 'utf8'));
    zh.siteName = `${zh.siteName}（新版）`;
    writeFileSync(file, JSON.stringify(zh, null, 2));
    const after = JSON.parse(coverage('--json').stdout);
    expect(after.ui.stale).toEqual([{ namespace: 'common', key: 'siteName', source: zh.siteName, staleIn: ['lo', 'en'] }]);
    expect(after.ui.tallies.lo.texts.stale).toBe(1);
    expect(after.ui.tallies.en.texts.stale).toBe(1);
  });
});
