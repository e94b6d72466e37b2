import { pickStartLanguage } from '../domain/site/start-language.ts';
import { isLanguage } from '../domain/text/languages.ts';

/** On a prerendered short-link page (/s/ID): it is the record in one language, ready to be shown at once. */
export const LANGUAGE_NEUTRAL_ATTRIBUTE = 'data-language-neutral';

interface Reader {
  saved: string | null;
  preferred: readonly string[];
}

/**
 * The addresses that name no language, answered without the app: `/` goes to the home page in the reader's
 * language; a short link's page (prerendered as the record in the default language, so it reads at once) takes on
 * the address of the reader's language, in place if it is the language shown, else by going there. Query and
 * #section are kept. Returns true when the browser is leaving the page.
 */
export function answerNeutralAddress(doc: Document, base: string, reader: Reader): boolean {
  const { location, history } = doc.defaultView!;
  const lang = pickStartLanguage(reader.saved, reader.preferred);
  const root = base.endsWith('/') ? base : `${base}/`;
  if (location.pathname === root || `${location.pathname}/` === root) {
    location.replace(`${root}${lang}${location.search}${location.hash}`);
    return true;
  }
  if (!doc.documentElement.hasAttribute(LANGUAGE_NEUTRAL_ATTRIBUTE)) return false;
  const alternate = doc.querySelector<HTMLLinkElement>(`link[rel="alternate"][hreflang="${lang}"]`);
  if (!alternate) return false;
  const target = `${new URL(alternate.href, location.href).pathname}${location.search}${location.hash}`;
  doc.documentElement.removeAttribute(LANGUAGE_NEUTRAL_ATTRIBUTE);
  if (isLanguage(doc.documentElement.lang) && doc.documentElement.lang === lang) {
    history.replaceState(history.state, '', target);
    return false;
  }
  location.replace(target);
  return true;
}
