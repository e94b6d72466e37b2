import { RouteError } from '../components/shell/route-error.tsx';
import { createFileRoute, redirect } from '@tanstack/react-router';
import { pickStartLanguage } from '../domain/site/start-language.ts';
import { readSavedLanguage } from '../i18n/saved-language.ts';

export const Route = createFileRoute('/')({
  errorComponent: RouteError,
  beforeLoad: () => {
    const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
    throw redirect({ to: '/$lang', params: { lang: pickStartLanguage(readSavedLanguage(), preferred) }, replace: true });
  },
});
