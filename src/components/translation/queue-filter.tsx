import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageQuery } from '../../domain/url/coverage-query.ts';
import { useCoverageFormat } from './coverage-format.ts';

type QueueKey = 'review' | 'rcollection' | 'rfield' | 'rstate';

interface Props<K extends QueueKey> {
  name: K;
  label: string;
  options: readonly { value: NonNullable<CoverageQuery[K]>; label: string }[];
  current: CoverageQuery[K];
  /** Items each value would leave, the other filters kept; a value with none is shown with 0, not as a link. */
  counts: ReadonlyMap<string, number>;
  /** Items with this filter cleared: the count of "All". */
  total?: number;
  /** A choice that always has a value (the language): no "All". */
  required?: boolean;
}

/** One filter of the "next to review" list, as links with counts; changing it starts the list from the top. */
export function QueueFilter<K extends QueueKey>({ name, label, options, current, counts, total, required }: Props<K>) {
  const { t } = useTranslation('coverage');
  const format = useCoverageFormat();
  const id = useId();
  const choices = [...(required ? [] : [{ value: undefined, label: t('queue.any'), count: total ?? 0 }]), ...options.map((o) => ({ ...o, count: counts.get(o.value) ?? 0 }))];
  return (
    <div className="coverage-filter">
      <span id={id} className="coverage-filter__label">
        {label}
      </span>
      <ul aria-labelledby={id}>
        {choices.map((choice) => {
          const text = `${choice.label} (${format.count(choice.count)})`;
          const isCurrent = choice.value === current;
          return (
            <li key={String(choice.value)}>
              {choice.count === 0 && !isCurrent ? (
                <span className="coverage-filter__empty">{text}</span>
              ) : (
                <Link
                  to="."
                  search={(prev: CoverageQuery) => ({ ...prev, [name]: choice.value, rshow: undefined })}
                  resetScroll={false}
                  aria-current={isCurrent ? 'page' : undefined}
                >
                  {text}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
