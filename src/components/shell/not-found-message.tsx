import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import type { Language } from '../../domain/text/languages.ts';
import { shorten } from '../../domain/text/shorten.ts';

/** "There is no page at …" with the ways out, in the language of `t`. */
export function NotFoundMessage({ t, lang, path }: { t: TFunction<'common'>; lang: Language; path: string }) {
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path: shorten(path, 120) })}</p>
      <p>
        <Link to="/$lang" params={{ lang }}>{t('notFound.home')}</Link>
        {' · '}
        <Link to="/$lang/standards" params={{ lang }}>{t('notFound.browse')}</Link>
      </p>
    </>
  );
}
