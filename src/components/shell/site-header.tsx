import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './language-switcher.tsx';
import { SearchBox } from '../search/search-box.tsx';
import { usePageLanguage } from './use-page-language.ts';

export function SiteHeader() {
  const { t } = useTranslation();
  const lang = usePageLanguage();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <div className="site-header__bar">
        <Link to="/$lang" params={{ lang }} className="site-name" activeOptions={{ exact: true, includeSearch: false }}>
          {t('siteName')}
        </Link>
        <nav aria-label={t('nav.label')} className="site-nav">
          <Link to="/$lang/standards" params={{ lang }} activeOptions={{ exact: true, includeSearch: false }}>
            {t('nav.browse')}
          </Link>
          <Link to="/$lang/coverage" params={{ lang }} activeOptions={{ exact: true, includeSearch: false }}>
            {t('nav.coverage')}
          </Link>
          <Link to="/$lang/glossary" params={{ lang }} activeOptions={{ exact: true, includeSearch: false }}>
            {t('nav.glossary')}
          </Link>
          <Link to="/$lang/about" params={{ lang }} activeOptions={{ exact: true, includeSearch: false }}>
            {t('nav.about')}
          </Link>
        </nav>
        <SearchBox />
        <LanguageSwitcher />
      </div>
      <p className="illustrative-notice">{t('illustrativeNotice')}</p>
    </header>
  );
}
