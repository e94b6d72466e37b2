import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageQuery } from '../../domain/url/coverage-query.ts';

export interface FilterOption<K extends keyof CoverageQuery> {
  value: CoverageQuery[K];
  label: string;
}

interface Props<K extends keyof CoverageQuery> {
  name: K;
  label: string;
  options: readonly FilterOption<K>[];
  current: CoverageQuery[K];
  /** The label of "no filter"; "All" when not given. */
  anyLabel?: string;
}

/** One choice kept in the URL, as links (they work before the app has loaded, too); the chosen one is current. */
export function CoverageFilter<K extends keyof CoverageQuery>({ name, label, options, current, anyLabel }: Props<K>) {
  const { t } = useTranslation('coverage');
  const id = useId();
  return (
    <div className="coverage-filter">
      <span id={id} className="coverage-filter__label">
        {label}
      </span>
      <ul aria-labelledby={id}>
        {[{ value: undefined, label: anyLabel ?? t('filter.any') } as FilterOption<K>, ...options].map((option) => (
          <li key={String(option.value)}>
            <Link
              to="."
              search={(prev: CoverageQuery) => ({ ...prev, [name]: option.value })}
              resetScroll={false}
              aria-current={option.value === current ? 'page' : undefined}
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
