// npm run build: the app, the build-time renderer, then a real HTML page for every address. Everything is built in
// a folder beside dist/ and swapped in only when every step has succeeded: a failed build removes what it started
// and leaves the previous dist/ as it was (a host syncing dist/ never publishes half a site).
import { join } from 'node:path';
import { BUILD_FOLDERS, runStagedBuild } from '../src/node/vite/staged-build.ts';

const bin = (name: string) => join(process.cwd(), 'node_modules', '.bin', name);
const failed = runStagedBuild(process.cwd(), [
  { command: bin('vite'), args: ['build', '--outDir', BUILD_FOLDERS.out, '--emptyOutDir'] },
  { command: bin('vite'), args: ['build', '--ssr', 'src/entry-server.tsx', '--outDir', BUILD_FOLDERS.ssr, '--emptyOutDir'] },
  { command: bin('tsx'), args: ['scripts/prerender.ts'] },
]);
if (failed) process.exit(1);
