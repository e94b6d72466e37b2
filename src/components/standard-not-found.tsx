import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { pickLocalized } from '../domain/localize.ts';
import { useSuggestions } from './use-suggestions.ts';
import { usePageLanguage } from './use-page-language.ts';

const recordRoute = getRouteApi('/$lang/standards/$id');

/** An unknown id: say so, and offer the nearest ids and titles (a typo on a handout is the usual cause). */
export function StandardNotFound() {
  const { t } = useTranslation('standard');
  const lang = usePageLanguage();
  const { id } = recordRoute.useParams();
  const suggestions = useSuggestions(id);
  return (
    <section className="not-found">
      <h1>{t('notFound.title', { id })}</h1>
      <p>{t('notFound.body')}</p>
      {suggestions.length > 0 && (
        <>
          <h2 id="suggestions-heading">{t('notFound.suggestions')}</h2>
          <ul aria-labelledby="suggestions-heading">
            {suggestions.map((s) => {
              const title = pickLocalized(s.titles, lang);
              return (
                <li key={s.id}>
                  <Link to="/$lang/standards/$id" params={{ lang, id: s.id }}>
                    {s.id} · <span lang={title?.lang}>{title?.value}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p>
        <Link to="/$lang/standards" params={{ lang }}>{t('notFound.browse')}</Link>
      </p>
    </section>
  );
}
