// Runs after `vite build` and the SSR build (see scripts/build.ts): writes a real HTML file for every page,
// so any static host serves deep links with 200 and the content, with or without JavaScript. It works in the
// folders scripts/build.ts gives it (BUILD_OUT_DIR, BUILD_SSR_DIR), which replace dist/ only when all went well.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { recordPath, shortPath } from '../src/domain/links/addresses.ts';
import { LANGUAGES, DEFAULT_LANGUAGE, type Language } from '../src/domain/text/languages.ts';
import { pickLocalized } from '../src/domain/text/localize.ts';
import { escapeHtml, fillTemplate, type PageHead } from '../src/domain/site/page-head.ts';
import { loadCatalogueOrExit } from '../src/node/catalogue/load-catalogue.ts';
import { sitePages } from '../src/domain/site/page-list.ts';
import type { CourseStandard, StandardText } from '../src/domain/record/schema.ts';
import { LANGUAGE_NEUTRAL_ATTRIBUTE } from '../src/boot/neutral-address.ts';

const root = process.cwd();
const dist = join(root, process.env.BUILD_OUT_DIR ?? 'dist');
const ssrDir = join(root, process.env.BUILD_SSR_DIR ?? 'dist-ssr');
const base = process.env.BASE_PATH ?? '/';
const origin = (process.env.SITE_ORIGIN ?? '').replace(/\/$/, '');
const template = readFileSync(join(dist, 'index.html'), 'utf8');
const { renderPage } = (await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)) as {
  renderPage: (url: string) => Promise<{ html: string; notFound: boolean }>;
};
const catalogue = loadCatalogueOrExit();
const strings = (lang: Language, ns: string) => JSON.parse(readFileSync(join(root, 'locales', lang, `${ns}.json`), 'utf8'));

const withBase = (path: string) => `${base.replace(/\/$/, '')}${path}`;

// Lao pages preload the Lao font: otherwise it is found only after the stylesheet, and the text repaints late
// on a slow connection (the largest paint of a Lao page is Lao text).
const laoFontPreloads = readdirSync(join(dist, 'assets'))
  .filter((file) => /^noto-sans-lao-lao-(400|700)-normal-.*\.woff2$/.test(file))
  .map((file) => `<link rel="preload" href="${withBase(`/assets/${file}`)}" as="font" type="font/woff2" crossorigin />`)
  .join('\n    ');
const templateFor = (lang: Language) => (lang === 'lo' ? template.replace('</head>', `  ${laoFontPreloads}\n  </head>`) : template);
function write(path: string, html: string) {
  const file = join(dist, ...path.split('/').filter(Boolean), 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

let pages = 0;
async function page(routePath: string, head: Omit<PageHead, 'path' | 'alternates'>, alternatesOf: (lang: Language) => string): Promise<string> {
  const { html, notFound } = await renderPage(withBase(routePath));
  if (notFound) throw new Error(`prerender: ${routePath} rendered as not found`);
  const alternates = Object.fromEntries(LANGUAGES.map((lang) => [lang, withBase(alternatesOf(lang))]));
  const document = fillTemplate(templateFor(head.lang), { ...head, path: withBase(routePath), alternates }, html, origin);
  write(routePath, document);
  pages++;
  return document;
}
/** Each record's page in the default language, which its short links show until the loader picks the reader's. */
const neutralPages = new Map<string, string>();

// Every page sitePages lists: each language's sections and records (whatever collections the catalogue holds), then
// the short links.
const byId = new Map(catalogue.standards.map((standard) => [standard.id, standard]));
for (const sitePage of sitePages(catalogue.standards)) {
  if (sitePage.kind === 'short') {
    // Short links are the record's page in the default language, so a slow connection shows the record as soon as
    // the full address would; the loader (src/boot/neutral-address.ts) then takes on the reader's language at once,
    // in place or by going there, without waiting for the app. Without JavaScript the default language stays.
    const neutral = neutralPages.get(sitePage.id)!.replace(/<html([^>]*)>/, `<html$1 ${LANGUAGE_NEUTRAL_ATTRIBUTE}>`);
    write(shortPath('/', sitePage.via), neutral);
    pages++;
    continue;
  }
  const { lang } = sitePage;
  const common = strings(lang, 'common');
  const site = common.siteName as string;
  if (sitePage.kind === 'section') {
    const { suffix, namespace } = sitePage.section;
    const title = strings(lang, namespace).title as string;
    await page(sitePage.path, { lang, title: `${title} · ${site}`, description: common.siteTagline as string, type: 'website' }, (other) => `/${other}${suffix}`);
    continue;
  }
  const standard = byId.get(sitePage.id)!;
  const title = pickLocalized(textsOf(standard, (t) => t.title), lang)!;
  if (sitePage.kind === 'alias') {
    // A former id keeps working: its page sends the reader on to the current one.
    write(sitePage.path, redirectPage(lang, recordPath(base, lang, standard.id), `${standard.id} ${title.value}`));
    pages++;
    continue;
  }
  const summary = pickLocalized(textsOf(standard, (t) => t.summary), lang)!;
  const document = await page(
    sitePage.path,
    { lang, title: `${standard.id} ${title.value} · ${site}`, description: summary.value, type: 'article' },
    (other) => `/${other}/standards/${standard.id}`,
  );
  if (lang === DEFAULT_LANGUAGE) neutralPages.set(standard.id, document);
}

function textsOf(standard: CourseStandard, read: (text: StandardText) => string): Partial<Record<Language, string>> {
  return Object.fromEntries(LANGUAGES.filter((lang) => standard.text[lang]).map((lang) => [lang, read(standard.text[lang]!)]));
}

function redirectPage(lang: Language, target: string, label: string): string {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="refresh" content="0; url=${target}" />
    <link rel="canonical" href="${origin}${target}" />
    <meta name="robots" content="noindex" />
    <title>${escapeHtml(label)}</title>
  </head>
  <body><p><a href="${target}">${escapeHtml(label)}</a></p></body>
</html>
`;
}

// Unknown addresses (a mistyped id, lower-case ids) on hosts that serve 404.html: the app answers them.
writeFileSync(join(dist, '404.html'), template);
rmSync(ssrDir, { recursive: true, force: true });
console.log(`prerendered ${pages} pages into dist/`);
