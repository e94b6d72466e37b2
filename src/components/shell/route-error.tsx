import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isLanguage, DEFAULT_LANGUAGE } from '../../domain/text/languages.ts';

/**
 * What a route shows when its data or code failed to load (a dropped connection, a missing chunk): in the page's
 * language, never the router's default English, with a way to try again and a way home.
 */
export function RouteError({ reset }: ErrorComponentProps) {
  const { t, i18n } = useTranslation('common');
  const router = useRouter();
  const lang = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <section className="route-error" role="alert" lang={lang}>
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p>
        <button type="button" onClick={retry}>{t('error.retry')}</button>
        {' · '}
        <Link to="/$lang" params={{ lang }}>{t('error.home')}</Link>
      </p>
    </section>
  );
}
