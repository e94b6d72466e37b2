import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfStandards } from '../fixtures/xliff.ts';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const run = (script: string, args: string[], input?: string) => spawnSync(tsx, [`scripts/${script}.ts`, ...args], { encoding: 'utf8', input });
/** Runs a pipeline and prints the exit status of its element number `element` (from 0). */
const pipeline = (command: string, element: number) => spawnSync('bash', ['-c', `${command}; echo "\${PIPESTATUS[${element}]}"`], { encoding: 'utf8' });
const scratch = mkdtempSync(join(tmpdir(), 'lcs-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A refusal: the exit code, what stderr says first, and never a stack trace. */
function refused(result: ReturnType<typeof run>, status: number, firstLine: string) {
  expect(result.status).toBe(status);
  expect(result.stderr.split('\n')[0]).toBe(firstLine);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stdout).toBe('');
}

// Each case runs a command through tsx on the real catalogue, as a person would from a shell.
describe('every command refuses bad input clearly', { timeout: 60_000 }, () => {
  it('unknown flags and bad values: a usage message and exit 2', () => {
    refused(run('export', ['--frmat', 'csv']), 2, "Unknown option '--frmat'");
    expect(run('export', ['--frmat', 'csv']).stderr).toMatch(/\nUsage: npm run export -- \[--format json\|csv\]\n$/);
    refused(run('export', ['--format', 'xml']), 2, '--format xml: use json or csv');
    refused(run('search', ['--lang', 'th', 'battery']), 2, '--lang th: use zh, lo or en');
    refused(run('search', ['--jsn']), 2, "Unknown option '--jsn'");
    refused(run('fingerprint', ['--chek']), 2, "Unknown option '--chek'");
    refused(run('xliff-import', []), 2, 'a file or folder is missing');
  });

  it('missing or unwritable paths: one line naming the path, exit 1', () => {
    const missing = join(scratch, 'no-such-catalogue');
    refused(run('validate', [missing]), 1, `${join(missing, 'standards')}: no such folder (a catalogue keeps its records in standards/)`);
    refused(run('xliff-export', ['--lang', 'lo', '--out', join(missing, 'lao.xlf')]), 1, `${join(missing, 'lao.xlf')}: the folder ${missing} does not exist`);
    refused(run('xliff-export', ['--lang', 'lo', '--out', scratch]), 1, `${scratch}: is a folder; give a file name, e.g. ${scratch}/lao.xlf`);
    refused(run('xliff-import', [join(scratch, 'lao.xlf')]), 1, `${join(scratch, 'lao.xlf')}: no such file`);
    refused(run('xliff-import', [scratch]), 1, `${scratch}: is a folder, not a file`);
  });

  it('xliff:export --out writes the file whole', () => {
    const out = join(scratch, 'lao.xlf');
    const result = run('xliff-export', ['--lang', 'lo', '--only', 'machine', '--collection', 'lao-course', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^Wrote \\d+ texts of \\d+ records to ${out}\\.\\n$`));
  });

  it('a record whose YAML aliases expand too far is a problem of that file, not a crash', () => {
    const copy = copyOfStandards();
    try {
      const bomb = 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
      writeFileSync(join(copy.root, 'standards', 'lao-course', 'LCS-02.yaml'), bomb);
      const result = run('validate', [copy.root]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('standards/lao-course/LCS-02.yaml  uses aliases (*name) that expand too far (more than 100 copies): write the values out');
      expect(result.stderr).not.toMatch(/ReferenceError|^\s+at /m);
    } finally {
      copy.remove();
    }
  });

  it('output piped into head ends quietly', () => {
    const exported = pipeline(`${tsx} scripts/export.ts --format csv | head -c 100 > /dev/null`, 0);
    expect(exported.stdout).toBe('0\n');
    expect(exported.stderr).toBe('');
    const queries = join(scratch, 'queries.txt');
    writeFileSync(queries, 'battery\n'.repeat(3000));
    const searched = pipeline(`${tsx} scripts/search.ts --json < ${queries} | head -n 1 > /dev/null`, 0);
    expect(searched.stdout).toBe('0\n');
    expect(searched.stderr).toBe('');
  });

  it('search --json answers exactly one line per line, splitting on \\n only', () => {
    const result = run('search', ['--json'], 'lcs 3\r\nbattery\rcharging\n\nlcs 3');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((line) => JSON.parse(line))).toHaveLength(4);
    expect(JSON.parse(lines[0])[0]).toBe('LCS-03');
    expect(JSON.parse(lines[2])).toEqual([]);
    expect(JSON.parse(lines[3])[0]).toBe('LCS-03');
  });
});
