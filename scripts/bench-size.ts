// npm run bench:size [-- --json]   (after npm run build)
// The JavaScript a first view of a record page needs, gzipped, measured in Debian's Chromium against the built
// site: every script the page loads until the network is idle, including the record, locale and route chunks.
// Also the Lao font files a Lao page downloads.
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { chromiumPath, launchContext } from '../tests/e2e/browser.ts';

const json = process.argv.includes('--json');
const page = process.argv.slice(2).find((a) => a.startsWith('/')) ?? '/lo/standards/LCS-01';
if (!chromiumPath) {
  console.error('bench:size needs Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
  process.exit(2);
}
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const base = server.resolvedUrls!.local[0].replace(/\/$/, '');
const context = await launchContext({ serviceWorkers: 'block', locale: 'lo-LA' });
const tab = await context.newPage();
const scripts: { url: string; gzip: number }[] = [];
const fonts: { url: string; bytes: number }[] = [];
tab.on('response', async (response) => {
  const type = response.request().resourceType();
  if (type !== 'script' && type !== 'font') return;
  const body = await response.body().catch(() => undefined);
  if (!body) return;
  if (type === 'script') scripts.push({ url: response.url().replace(base, ''), gzip: gzipSync(body, { level: 9 }).length });
  else fonts.push({ url: response.url().replace(base, ''), bytes: body.length });
});
await tab.goto(`${base}${page}`, { waitUntil: 'networkidle' });
await context.close();
await server.close();

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const firstViewJsGzipKB = kb(scripts.reduce((sum, s) => sum + s.gzip, 0));
const laoFontKB = kb(fonts.filter((f) => /lao/i.test(f.url)).reduce((sum, f) => sum + f.bytes, 0));
if (json) {
  console.log(JSON.stringify({ firstViewJsGzipKB, laoFontKB }));
} else {
  console.log(`First view of ${page}: ${scripts.length} scripts\n`);
  for (const s of scripts.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${String(kb(s.gzip)).padStart(6)} KB gz  ${s.url}`);
  console.log(`\nJavaScript for the first view: ${firstViewJsGzipKB} KB gzipped (budget 100)`);
  console.log(`Lao font: ${laoFontKB} KB (${fonts.map((f) => f.url.split('/').pop()).join(', ')}) (budget 20)`);
}
