// npm run bench:size [-- --json] [-- /path]   (after npm run build)
// The JavaScript a first view of a record page needs, gzipped, measured in Debian's Chromium against the built
// site: every script the page loads until the network is idle. The prerendered page reads without the app,
// which loads when the reader first reaches for a link or control (src/boot/wake-on-intent.ts), so the
// JavaScript after that first move (the app, the route, locale and record chunks) is reported too.
// Also the Lao font files a Lao page downloads.
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { chromiumPath, launchContext } from './lib/browser.ts';

const json = process.argv.includes('--json');
const page = process.argv.slice(2).find((a) => a.startsWith('/')) ?? '/lo/standards/LCS-01';
if (!chromiumPath) {
  console.error('bench:size needs Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
  process.exit(2);
}
type Phase = 'first view' | 'first move';
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const base = server.resolvedUrls!.local[0].replace(/\/$/, '');
const context = await launchContext({ serviceWorkers: 'block', locale: 'lo-LA' });
const tab = await context.newPage();
let phase: Phase = 'first view';
const scripts: { url: string; gzip: number; phase: Phase }[] = [];
const fonts: { url: string; bytes: number }[] = [];
const reading: Promise<void>[] = [];
tab.on('response', (response) => {
  const type = response.request().resourceType();
  if (type !== 'script' && type !== 'font') return;
  const url = response.url().replace(base, '');
  const at = phase;
  reading.push(
    response.body().then(
      (body) => {
        if (type === 'script') scripts.push({ url, gzip: gzipSync(body, { level: 9 }).length, phase: at });
        else fonts.push({ url, bytes: body.length });
      },
      () => {},
    ),
  );
});
await tab.goto(`${base}${page}`, { waitUntil: 'networkidle' });
await Promise.all(reading);
// The reader's first move: a pointer over the first link of the page's content.
phase = 'first move';
await tab.locator('main a[href]').first().hover();
// The app marks the page once it has taken over (src/boot/boot.ts): by then every chunk it needed has arrived.
await tab.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
await Promise.all(reading);
await context.close();
await server.close();

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const total = (list: { gzip: number }[]) => kb(list.reduce((sum, s) => sum + s.gzip, 0));
const firstViewJsGzipKB = total(scripts.filter((s) => s.phase === 'first view'));
const afterFirstMoveJsGzipKB = total(scripts);
const laoFontKB = kb(fonts.filter((f) => /lao/i.test(f.url)).reduce((sum, f) => sum + f.bytes, 0));
if (json) {
  console.log(JSON.stringify({ firstViewJsGzipKB, laoFontKB, afterFirstMoveJsGzipKB }));
} else {
  for (const at of ['first view', 'first move'] as const) {
    const list = scripts.filter((s) => s.phase === at).sort((a, b) => b.gzip - a.gzip);
    console.log(`${at === 'first view' ? `First view of ${page}` : 'Then, on the first move to a link'}: ${list.length} scripts, ${total(list)} KB gzipped`);
    for (const s of list) console.log(`  ${String(kb(s.gzip)).padStart(6)} KB gz  ${s.url}`);
  }
  console.log(`\nJavaScript for the first view: ${firstViewJsGzipKB} KB gzipped (budget 100)`);
  console.log(`JavaScript once the app has loaded: ${afterFirstMoveJsGzipKB} KB gzipped`);
  console.log(`Lao font: ${laoFontKB} KB (${fonts.map((f) => f.url.split('/').pop()).join(', ')}) (budget 20)`);
}
