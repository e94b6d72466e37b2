/**
 * The running footer of a printed record, as CSS page-margin boxes: the record's line (id, version, date, short
 * link) at the bottom left of every page and "page N of M" at the bottom right. Margin boxes are the one place
 * Chromium repeats text on every printed page with its number; their text can only come from CSS, so it is built
 * here from the page's own words. `pageTemplate` is the translated "Page {{page}} of {{pages}}".
 */
export function pageFooterCss(line: string, pageTemplate: string): string {
  const counters = pageTemplate
    .split(/(\{\{pages?\}\})/)
    .filter(Boolean)
    .map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
  return `@page { @bottom-left { content: ${cssString(line)}; } @bottom-right { content: ${counters}; } }`;
}

/** A CSS string: quotes and backslashes escaped, line breaks and other control characters written as escapes. */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/[\\"\u0000-\u001f\u007f]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}
