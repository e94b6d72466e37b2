import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SuggestionList } from './suggestion-list.tsx';
import { shorten } from '../../domain/text/shorten.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';

/** An id longer than any real one is shown cut, on a character boundary. */
const MAX_SHOWN_ID = 40;
const recordRoute = getRouteApi('/$lang/standards/$id');

/** An unknown id: say so, and offer the nearest ids and titles (a typo on a handout is the usual cause). */
export function StandardNotFound() {
  const { t } = useTranslation('standard');
  const lang = usePageLanguage();
  const { id } = recordRoute.useParams();
  return (
    <section className="not-found">
      <h1>{t('notFound.title', { id: shorten(id, MAX_SHOWN_ID) })}</h1>
      <p>{t('notFound.body')}</p>
      <SuggestionList wanted={id} heading={t('notFound.suggestions')} />
      <p>
        <Link to="/$lang/standards" params={{ lang }}>{t('notFound.browse')}</Link>
      </p>
    </section>
  );
}
