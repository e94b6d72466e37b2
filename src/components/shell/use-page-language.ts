import { getRouteApi } from '@tanstack/react-router';
import type { Language } from '../../domain/text/languages.ts';

const langRoute = getRouteApi('/$lang');

/** The language of the page, from the first path segment (already validated by the /$lang route). */
export function usePageLanguage(): Language {
  return langRoute.useRouteContext().lang;
}
