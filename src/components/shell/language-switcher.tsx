import { Link, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../domain/text/languages.ts';
import { saveLanguage } from '../../i18n/saved-language.ts';
import { keepReadingPlace } from './use-keep-reading-place.ts';
import { useHydrated } from './use-hydrated.ts';
import { usePageLanguage } from './use-page-language.ts';

/** Each language's own name, so a reader finds theirs whatever the page language. */
const ENDONYMS = { zh: '中文', lo: 'ລາວ', en: 'English' } as const;

/** Links to the same page and query in each language; the section anchor and the reader's place are kept too. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = usePageLanguage();
  const locationHash = useLocation({ select: (l) => l.hash });
  const hash = useHydrated() ? locationHash : '';
  return (
    <nav aria-label={t('language.label')} className="language-switcher">
      <ul>
        {LANGUAGES.map((lang) => (
          <li key={lang}>
            <Link
              to="."
              params={(prev: Record<string, string>) => ({ ...prev, lang })}
              search={true}
              hash={hash || undefined}
              lang={lang}
              hrefLang={lang}
              aria-current={lang === current ? 'true' : undefined}
              // The reader's place is kept by useKeepReadingPlace, not by a jump to the top or to the #section.
              resetScroll={false}
              onClick={() => {
                saveLanguage(lang);
                keepReadingPlace();
              }}
            >
              {ENDONYMS[lang]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
