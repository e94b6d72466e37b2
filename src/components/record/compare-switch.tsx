import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../domain/text/languages.ts';
import { keepReadingPlace } from '../shell/use-keep-reading-place.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';

/** Chooses a second language shown in a parallel column, section by section. */
export function CompareSwitch({ current }: { current?: Language }) {
  const { t } = useTranslation(['standard', 'common']);
  const lang = usePageLanguage();
  return (
    <nav className="compare-switch" aria-label={t('standard:compare.label')}>
      <span>{t('standard:compare.label')}:</span>
      <ul>
        <li>
          <Link to="." search={{}} resetScroll={false} onClick={keepReadingPlace} activeOptions={{ exact: true }} aria-current={current ? undefined : 'page'}>
            {t('standard:compare.off')}
          </Link>
        </li>
        {LANGUAGES.filter((other) => other !== lang).map((other) => (
          <li key={other}>
            <Link
              to="."
              search={{ compare: other }}
              // The text the reader is at stays where it is, though the other language now appears around it.
              resetScroll={false}
              onClick={keepReadingPlace}
              activeOptions={{ exact: true }}
              aria-current={current === other ? 'page' : undefined}
            >
              {t(`common:languageName.${other}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
