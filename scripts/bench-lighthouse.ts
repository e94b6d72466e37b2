// npm run bench:lighthouse [-- --json]
// Lighthouse 12 (mobile profile: simulated slow 4G and a 4× slower CPU) in Debian's Chromium, for the Lao
// home, browse and record pages. It builds the site with SITE_ORIGIN set to the address it serves it from
// (canonical and hreflang links must be absolute), and serves dist/ as a static host does: files, gzip.
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './lib/browser.ts';
import { startStaticServer } from './lib/static-server.ts';

const json = process.argv.includes('--json');
if (!chromiumPath) {
  console.error('bench:lighthouse needs Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
  process.exit(2);
}
const PAGES = ['/lo/', '/lo/standards/', '/lo/standards/LCS-02/'];
const PORT = 4183;
const origin = `http://localhost:${PORT}`;
if (!process.argv.includes('--no-build')) {
  execSync('npm run build', { stdio: json ? 'ignore' : 'inherit', env: { ...process.env, SITE_ORIGIN: origin } });
}
const { server } = await startStaticServer(join(process.cwd(), 'dist'), PORT, 'localhost');
const base = origin;
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: CHROMIUM_ARGS });

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);
const pages = [];
const failures: string[] = [];
for (const path of PAGES) {
  const result = await lighthouse(`${base}${path}`, {
    port: chrome.port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const { categories, audits } = result!.lhr;
  pages.push({
    url: path,
    performance: score(categories.performance.score),
    accessibility: score(categories.accessibility.score),
    bestPractices: score(categories['best-practices'].score),
    seo: score(categories.seo.score),
  });
  for (const audit of Object.values(audits)) {
    if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual') {
      failures.push(`${path}: ${audit.id} ${audit.displayValue ?? ''}`.trim());
    }
  }
}
await chrome.kill();
server.close();

if (json) {
  console.log(JSON.stringify({ pages }));
} else {
  console.log('| page | performance | accessibility | best practices | SEO |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const p of pages) console.log(`| ${p.url} | ${p.performance} | ${p.accessibility} | ${p.bestPractices} | ${p.seo} |`);
  console.log('\nTargets: performance ≥ 95, accessibility 100, best practices ≥ 95, SEO ≥ 95.');
  if (failures.length) console.log(`\nAudits below 0.9:\n  ${failures.join('\n  ')}`);
}
