import { Link, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePageLanguage } from './use-page-language.ts';

/** Not-found inside a language: /lo/nothing-here. */
export function PageNotFound() {
  const { t } = useTranslation();
  const lang = usePageLanguage();
  const path = useLocation({ select: (l) => l.pathname });
  return (
    <section className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path })}</p>
      <p>
        <Link to="/$lang" params={{ lang }}>{t('notFound.home')}</Link>
        {' · '}
        <Link to="/$lang/standards" params={{ lang }}>{t('notFound.browse')}</Link>
      </p>
    </section>
  );
}
