import { RouteError } from '../components/shell/route-error.tsx';
import { createFileRoute, redirect } from '@tanstack/react-router';
import { pickStartLanguage } from '../domain/site/start-language.ts';
import { readSavedLanguage } from '../i18n/saved-language.ts';

/** /s/LCS-01: the language-neutral short link printed on handouts; opens the record in the reader's language. */
export const Route = createFileRoute('/s/$id')({
  errorComponent: RouteError,
  beforeLoad: ({ params, location }) => {
    const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
    throw redirect({
      to: '/$lang/standards/$id',
      params: { lang: pickStartLanguage(readSavedLanguage(), preferred), id: params.id },
      hash: location.hash || undefined,
      replace: true,
    });
  },
});
