import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../domain/text/languages.ts';
import { NAMESPACES } from './namespaces.ts';

/** Locale files are separate chunks: a reader downloads only the language they read. */
export const i18n = i18next.createInstance();

/**
 * Initialisation loads the starting language's files and then switches to it, asynchronously; a page's own
 * language (activateLanguage) must wait for it, or the late switch could undo it and a page would hydrate with
 * texts that are not ready or not its own. The browser starts in the page's language, so it loads no other.
 */
const initialized = i18n
  .use(initReactI18next)
  .use(resourcesToBackend((lang: string, ns: string) => import(`../../locales/${lang}/${ns}.json`)))
  .init({
    lng: startLanguage(),
    supportedLngs: [...LANGUAGES],
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });

/** Loads a language's locale files without switching to it: what an intent preload may do. */
export async function preloadLanguage(lang: Language): Promise<void> {
  await initialized;
  await i18n.loadLanguages(lang);
}

/** Switches the interface language once its locale files are loaded; also updates `<html lang>`. */
export async function activateLanguage(lang: Language): Promise<void> {
  await initialized;
  await i18n.loadLanguages(lang);
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

function startLanguage(): Language {
  const pageLanguage = typeof document === 'undefined' ? undefined : document.documentElement.lang;
  return isLanguage(pageLanguage) ? pageLanguage : DEFAULT_LANGUAGE;
}
