import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildStep {
  command: string;
  args: string[];
}

/** The folders a build works in, relative to the root: `out` replaces `dist` at the end. */
export const BUILD_FOLDERS = { dist: 'dist', out: '.build-next', ssr: '.build-ssr', old: '.build-old' } as const;

/**
 * Runs the steps of a build that writes into `.build-next` (and `.build-ssr`), then swaps the result in for dist/.
 * A failed step removes what the build started and leaves the previous dist/ exactly as it was.
 * Returns the failed step's command line, or undefined on success.
 */
export function runStagedBuild(root: string, steps: readonly BuildStep[], log: (line: string) => void = console.error): string | undefined {
  const path = (name: string) => join(root, name);
  const removeWork = () => [BUILD_FOLDERS.out, BUILD_FOLDERS.ssr, BUILD_FOLDERS.old].forEach((dir) => rmSync(path(dir), { recursive: true, force: true }));
  removeWork();
  for (const step of steps) {
    // A production build whoever starts it: the test runner sets NODE_ENV=test, which would give React's
    // development build (slower, and stricter about hydration) to the browser tests.
    const env = { ...process.env, NODE_ENV: 'production', BUILD_OUT_DIR: BUILD_FOLDERS.out, BUILD_SSR_DIR: BUILD_FOLDERS.ssr };
    const result = spawnSync(step.command, step.args, { cwd: root, stdio: 'inherit', env });
    if (result.status !== 0) {
      removeWork();
      const failed = [step.command.split('/').pop(), ...step.args].join(' ');
      log(`Build failed at: ${failed}. ${existsSync(path(BUILD_FOLDERS.dist)) ? 'The previous dist/ is unchanged.' : 'No dist/ was written.'}`);
      return failed;
    }
  }
  if (existsSync(path(BUILD_FOLDERS.dist))) renameSync(path(BUILD_FOLDERS.dist), path(BUILD_FOLDERS.old));
  renameSync(path(BUILD_FOLDERS.out), path(BUILD_FOLDERS.dist));
  removeWork();
  return undefined;
}
