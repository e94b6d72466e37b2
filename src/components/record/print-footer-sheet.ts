import { pageFooterCss } from '../../domain/print/page-footer.ts';

/** On a record page, the element that carries its printed footer line and the translated "page N of M". */
export const PRINT_FOOTER_ATTRIBUTE = 'data-print-footer';
export const PRINT_PAGES_ATTRIBUTE = 'data-print-pages';
/** The short link, root-relative in prerendered pages: made absolute here, as readers of paper need it. */
export const PRINT_URL_ATTRIBUTE = 'data-print-url';

let sheet: CSSStyleSheet | undefined;

/**
 * Puts the page's printed footer into a constructed style sheet (a <style> element would break the
 * Content-Security-Policy; the CSS object model does not), or takes it away on a page without one. Called by the
 * loader for a prerendered page, before each print, and by the record page when it changes.
 */
export function syncPrintFooter(doc: Document): void {
  if (typeof CSSStyleSheet === 'undefined' || !('replaceSync' in CSSStyleSheet.prototype) || !('adoptedStyleSheets' in doc)) return;
  const carrier = doc.querySelector(`[${PRINT_FOOTER_ATTRIBUTE}]`);
  sheet ??= new CSSStyleSheet();
  const url = carrier?.getAttribute(PRINT_URL_ATTRIBUTE);
  const line = [carrier?.getAttribute(PRINT_FOOTER_ATTRIBUTE), url && new URL(url, doc.baseURI).href].filter(Boolean).join(' · ');
  sheet.replaceSync(carrier ? pageFooterCss(line, carrier.getAttribute(PRINT_PAGES_ATTRIBUTE) ?? '') : '');
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
