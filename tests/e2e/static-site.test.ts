import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { LANGUAGES } from '../../src/domain/text/languages.ts';
import { parsePublishedIds } from '../../src/domain/record/published-ids.ts';
import { anchorsOf } from '../../src/domain/record/sections.ts';
import { loadCatalogueOrExit } from '../../src/node/catalogue/load-catalogue.ts';

const previewUrl = inject('previewUrl');
const staticUrl = inject('staticUrl');
const { standards } = loadCatalogueOrExit();
const get = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, html: await response.text(), url: response.url };
};
const decode = (html: string) => html.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

// Needs the built site, which is built only when a browser will run the rest of the suite.
describe.skipIf(!inject('browser'))('the built site, served without JavaScript', () => {
  it('has a page for every record in every language: its language, title, sections and alternates', async () => {
    for (const standard of standards) {
      for (const lang of LANGUAGES) {
        const { status, html } = await get(`${previewUrl}/${lang}/standards/${standard.id}`);
        const page = `${lang}/${standard.id}`;
        expect(status, page).toBe(200);
        expect(html, page).toContain(`<html lang="${lang}">`);
        const text = decode(html);
        // The title carries its text path, so a reviewer's link can mark it (?text=title).
        expect(text, page).toContain(`<h1 lang="${lang}"><span data-text="title">${standard.text[lang]!.title}</span></h1>`);
        expect(text, page).toContain(`<title>${standard.id} ${standard.text[lang]!.title} · `);
        expect(text, page).toContain(`<meta name="description" content="${standard.text[lang]!.summary}"`);
        expect(text, page).toContain(`<meta property="og:title"`);
        for (const other of LANGUAGES) expect(html, page).toContain(`hreflang="${other}" href="/${other}/standards/${standard.id}"`);
        for (const anchor of anchorsOf(standard.text[lang]!)) expect(html, `${page}#${anchor}`).toContain(`id="${anchor}"`);
      }
    }
  });

  it('answers a cold deep link on a plain static server with no rewrite rules', async () => {
    for (const path of ['/lo/standards/LCS-05', '/zh/standards', '/en/about', '/lo/glossary', '/lo', '/s/ICC-18']) {
      const { status, html, url } = await get(`${staticUrl}${path}`);
      expect(status, path).toBe(200);
      expect(url, path).toBe(`${staticUrl}${path}/`);
      expect(html, path).toContain('<div id="root"');
    }
    const { html } = await get(`${staticUrl}/lo/standards/LCS-05`);
    expect(html).toContain('<h1 lang="lo">');
  });

  it('has a short-link page for every id ever published: the record itself in Lao, so it reads without JavaScript too', async () => {
    for (const { id } of parsePublishedIds(readFileSync('standards/published-ids.txt', 'utf8'))) {
      const { status, html } = await get(`${previewUrl}/s/${id}`);
      expect(status, id).toBe(200);
      expect(html, id).toMatch(/<html lang="lo"[^>]* data-language-neutral>/);
      expect(html, id).toMatch(/<link rel="canonical" href="\/lo\/standards\/[A-Z]{3}-\d{2}" \/>/);
      expect(html, id).toContain('<h1 lang="lo">');
    }
  });

  it('carries a Content-Security-Policy and no inline script on every kind of page', async () => {
    for (const path of ['/', '/lo', '/lo/standards', '/lo/standards/LCS-01', '/en/about', '/zh/search', '/zh/glossary', '/s/LCS-01']) {
      const { html } = await get(`${previewUrl}${path}`);
      expect(html, path).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'`);
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), path).toBeNull();
      expect(html, path).not.toMatch(/\sstyle="/);
    }
  });

  it('answers a malformed address with 400, not a server error, on both servers', async () => {
    for (const base of [previewUrl, staticUrl]) {
      for (const path of ['/lo/%E0%A4', '/%', '/lo/standards/%ZZ']) {
        const { status, html } = await get(`${base}${path}`);
        expect(status, `${base}${path}`).toBe(400);
        expect(html, path).not.toMatch(/\bat .*\.(js|ts):\d+/);
      }
    }
  });
});
