import { PRERENDERED_ATTRIBUTE } from './page-markers.ts';
import { LANGUAGES, type Language } from '../text/languages.ts';

/** What a prerendered page says about itself to browsers, search engines and link previews. */
export interface PageHead {
  lang: Language;
  title: string;
  description: string;
  /** Root-relative path of this page (base included), without the origin. */
  path: string;
  /** The same page in each language, root-relative. */
  alternates: Partial<Record<Language, string>>;
  type: 'website' | 'article';
}

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const OG_LOCALE: Record<Language, string> = { zh: 'zh_CN', lo: 'lo_LA', en: 'en_GB' };

/**
 * The `<head>` tags of a page. Addresses are absolute when the site's origin is known (SITE_ORIGIN at build
 * time), as link previews and hreflang expect; otherwise root-relative.
 */
export function headTags(head: PageHead, origin = ''): string {
  const url = (path: string) => escapeHtml(`${origin}${path}`);
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    `<link rel="canonical" href="${url(head.path)}" />`,
    ...LANGUAGES.filter((lang) => head.alternates[lang]).map(
      (lang) => `<link rel="alternate" hreflang="${lang}" href="${url(head.alternates[lang]!)}" />`,
    ),
    `<meta property="og:type" content="${head.type}" />`,
    `<meta property="og:title" content="${escapeHtml(head.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:locale" content="${OG_LOCALE[head.lang]}" />`,
    ...(origin ? [`<meta property="og:url" content="${url(head.path)}" />`] : []),
  ];
  return tags.join('\n    ');
}

/** Puts a rendered page into the built index.html: language, head tags and the markup inside #root. */
export function fillTemplate(template: string, head: PageHead, body: string, origin = ''): string {
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${head.lang}">`)
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/<meta name="description"[^>]*>/, '')
    .replace('</head>', `  ${headTags(head, origin)}\n  </head>`)
    .replace('<div id="root"></div>', `<div id="root" ${PRERENDERED_ATTRIBUTE}>${body}</div>`);
}
