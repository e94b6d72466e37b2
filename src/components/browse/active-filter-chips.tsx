import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FACET_NAMES, type BrowseQuery } from '../../domain/url/browse-query.ts';
import { useFacetValueLabel } from './use-facet-value-label.ts';

/** Each active filter as a chip that removes it; the results stay where the reader is looking. */
export function ActiveFilterChips({ query }: { query: BrowseQuery }) {
  const { t } = useTranslation('browse');
  const label = useFacetValueLabel();
  const active = FACET_NAMES.flatMap((facet) => (query[facet] === undefined ? [] : [[facet, query[facet]] as const]));
  if (active.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label={t('activeFilters')}>
      {active.map(([facet, value]) => (
        <li key={facet}>
          <Link
            to="."
            search={(prev: BrowseQuery) => ({ ...prev, [facet]: undefined })}
            resetScroll={false}
            className="filter-chip"
            aria-label={t('removeFilter', { value: label(facet, value) })}
          >
            {label(facet, value)} <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
