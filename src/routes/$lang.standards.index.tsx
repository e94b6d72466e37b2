import { RouteError } from '../components/shell/route-error.tsx';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { summaries } from '../data/catalogue.ts';
import { collectionOrder } from '../data/collections.ts';
import { ActiveFilterChips } from '../components/browse/active-filter-chips.tsx';
import { FacetList } from '../components/browse/facet-list.tsx';
import { StandardCard } from '../components/browse/standard-card.tsx';
import { useDocumentTitle } from '../components/shell/use-document-title.ts';
import { usePageLanguage } from '../components/shell/use-page-language.ts';
import { FACET_NAMES, parseBrowseQuery, SORTS, type Sort } from '../domain/url/browse-query.ts';
import { filterStandards } from '../domain/browse/facets.ts';
import { sortStandards } from '../domain/browse/sort.ts';

export const Route = createFileRoute('/$lang/standards/')({
  errorComponent: RouteError,
  validateSearch: (search: Record<string, unknown>) => parseBrowseQuery(search, collectionOrder),
  component: BrowsePage,
});

function BrowsePage() {
  const { t } = useTranslation('browse');
  const lang = usePageLanguage();
  const query = Route.useSearch();
  const navigate = useNavigate({ from: Route.fullPath });
  useDocumentTitle(t('title'));
  const results = sortStandards(filterStandards(summaries, query, lang), query.sort ?? 'id', lang);
  const activeCount = FACET_NAMES.filter((facet) => query[facet] !== undefined).length;
  const filtered = activeCount > 0;

  return (
    <div className="browse">
      <h1>{t('title')}</h1>
      <div className="browse__layout">
        {/* On a phone the filters fold away so the results come first; from tablet width up they are a sidebar. The
            reader may open them before the app takes over (suppressHydrationWarning: not a mismatch). */}
        <details className="filters" suppressHydrationWarning>
          <summary className="filters__toggle">
            {t('filtersHeading')}
            {activeCount > 0 && <span className="filters__active"> ({activeCount})</span>}
          </summary>
          <aside className="facets" aria-labelledby="filters-heading">
            <h2 id="filters-heading">{t('filtersHeading')}</h2>
            {FACET_NAMES.map((facet) => (
              <FacetList key={facet} facet={facet} query={query} />
            ))}
            {filtered && (
              <Link to="." search={query.sort ? { sort: query.sort } : {}} resetScroll={false} className="clear-filters">
                {t('clear')}
              </Link>
            )}
            <a href="#results" className="button filters__show">
              {t('showResults', { count: results.length })}
            </a>
          </aside>
        </details>
        <section id="results" className="results" aria-labelledby="results-count">
          <div className="results__bar">
            <p id="results-count" role="status">
              {t('results', { count: results.length })}
            </p>
            <label>
              {t('sort.label')}{' '}
              <select
                value={query.sort ?? 'id'}
                onChange={(event) => {
                  const sort = event.target.value as Sort;
                  void navigate({ search: (prev) => ({ ...prev, sort: sort === 'id' ? undefined : sort }), resetScroll: false });
                }}
              >
                {SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`sort.${sort}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <ActiveFilterChips query={query} />
          {results.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <ol className="standard-list">
              {results.map((standard) => (
                <li key={standard.id}>
                  <StandardCard standard={standard} />
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </div>
  );
}
