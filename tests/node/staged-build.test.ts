import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runStagedBuild, type BuildStep } from '../../src/node/vite/staged-build.ts';

let root: string;
const messages: string[] = [];
/** A step that writes a file into the build folder it is given, as vite and the prerenderer do. */
const writes = (name: string): BuildStep => ({
  command: process.execPath,
  args: ['-e', `const f=require('node:fs');f.mkdirSync(process.env.BUILD_OUT_DIR,{recursive:true});f.writeFileSync(require('node:path').join(process.env.BUILD_OUT_DIR,${JSON.stringify(name)}),'new')`],
});
const fails: BuildStep = { command: process.execPath, args: ['-e', 'process.exit(3)'] };

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lcs-build-'));
  messages.length = 0;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('a build replaces dist/ only when every step succeeded', () => {
  it('a failed step leaves the previous dist/ exactly as it was, and no work folders', () => {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), 'old');
    const failed = runStagedBuild(root, [writes('sw.js'), fails, writes('index.html')], (line) => messages.push(line));
    expect(failed).toMatch(/-e process\.exit\(3\)$/);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readdirSync(join(root, 'dist'))).toEqual(['index.html']);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('old');
    expect(messages[0]).toMatch(/The previous dist\/ is unchanged\.$/);
  });

  it('a failed first build writes no dist/ at all (not one holding only the service worker)', () => {
    runStagedBuild(root, [writes('sw.js'), fails], (line) => messages.push(line));
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(readdirSync(root)).toEqual([]);
    expect(messages[0]).toMatch(/No dist\/ was written\.$/);
  });

  it('a successful build swaps the new dist/ in', () => {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'stale.html'), 'old');
    expect(runStagedBuild(root, [writes('sw.js'), writes('index.html')])).toBeUndefined();
    expect(readdirSync(join(root, 'dist')).sort()).toEqual(['index.html', 'sw.js']);
    expect(readdirSync(root)).toEqual(['dist']);
  });
});
