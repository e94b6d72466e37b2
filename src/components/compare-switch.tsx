import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain/languages';
import { usePageLanguage } from './use-page-language';

/** Chooses a second language shown in a parallel column, section by section. */
export function CompareSwitch({ current }: { current?: Language }) {
  const { t } = useTranslation(['standard', 'common']);
  const lang = usePageLanguage();
  return (
    <nav className="compare-switch" aria-label={t('standard:compare.label')}>
      <span>{t('standard:compare.label')}:</span>
      <ul>
        <li>
          <Link to="." search={{}} hash={undefined} aria-current={current ? undefined : 'true'}>
            {t('standard:compare.off')}
          </Link>
        </li>
        {LANGUAGES.filter((other) => other !== lang).map((other) => (
          <li key={other}>
            <Link to="." search={{ compare: other }} aria-current={current === other ? 'true' : undefined}>
              {t(`common:languageName.${other}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
