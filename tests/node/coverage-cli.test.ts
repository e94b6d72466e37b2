import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realCounts } from '../fixtures/real-catalogue.ts';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const coverage = (...args: string[]) => spawnSync(tsx, ['scripts/coverage.ts', ...args], { encoding: 'utf8' });

// Each case runs the script through tsx on the real catalogue.
describe('npm run translation:coverage', { timeout: 30_000 }, () => {
  it('passes a deployment whose languages meet their minimum, and fails one that does not, saying which', () => {
    const met = coverage('--min', 'lo=100,en=100');
    expect(met.status).toBe(0);
    expect(met.stdout.startsWith(`Translation coverage of ${realCounts.records} records`)).toBe(true);
    const unmet = coverage('--lang', 'lo', '--collection', 'lao-course', '--min', 'lo=100,en=50');
    expect(unmet.status).toBe(1);
    expect(unmet.stdout.startsWith(`Translation coverage of ${realCounts.inCollection('lao-course')} records (lao-course)`)).toBe(true);
    expect(unmet.stdout).not.toMatch(/\nen +texts/);
    expect(unmet.stderr).toBe('Translation coverage below the minimum:\n  en: not in this report (see --lang), so it cannot meet its minimum of 50%\n');
  });

  it('writes CSV with a byte-order mark, and refuses arguments it does not understand', () => {
    const csv = coverage('--csv', '--lang', 'en');
    expect(csv.stdout.startsWith('\uFEFFunit_id,record,collection,section,language,state,stale,characters,source_zh,target\r\n')).toBe(true);
    expect(csv.stdout.trimEnd().split('\r\n')).toHaveLength(1 + realCounts.texts);
    const bad = coverage('--lang', 'zh');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^--lang zh: use lo, en or lo,en/);
  });

  it('answers to its old name, npm run coverage, with a one-line notice of the new one', () => {
    const viaNpm = spawnSync('npm', ['run', '--silent', 'coverage', '--', '--json'], { encoding: 'utf8' });
    expect(viaNpm.status).toBe(0);
    expect(viaNpm.stderr).toBe('note: `npm run coverage` is now `npm run translation:coverage` (translation coverage, not test coverage).\n');
    expect(JSON.parse(viaNpm.stdout).languages).toEqual(['lo', 'en']);
  });
});
