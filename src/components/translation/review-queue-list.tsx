import { Link, getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { summaries } from '../../data/catalogue.ts';
import { findStandard } from '../../domain/record/catalogue.ts';
import { REVIEW_PAGE, type CoverageQuery } from '../../domain/url/coverage-query.ts';
import { TARGET_LANGUAGES, type TargetLanguage } from '../../domain/translation/coverage-state.ts';
import { sectionOf } from '../../domain/record/text-paths.ts';
import { pickLocalized } from '../../domain/text/localize.ts';
import { collectionOrder } from '../../data/collections.ts';
import { filterQueue, queueFacetCounts, QUEUE_STATES, type QueueItem } from '../../domain/translation/review-queue.ts';
import { selectionCommand } from '../../domain/translation/selection-command.ts';
import type { TextSelection } from '../../domain/translation/text-selection.ts';
import { vocabularyLabel } from '../browse/vocabulary-label.ts';
import { useCoverageFormat } from './coverage-format.ts';
import { useSectionLabel } from './coverage-section-label.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';
import { QueueFilter } from './queue-filter.tsx';
import { SelectionDownloads } from './selection-downloads.tsx';

const coverageRoute = getRouteApi('/$lang/coverage');

/** The texts waiting for a person in one language, in the order to take them, narrowed by the URL's filters. */
export function ReviewQueueList({ queues }: { queues: Record<TargetLanguage, QueueItem[]> }) {
  const { t } = useTranslation(['coverage', 'catalogue', 'common']);
  const lang = usePageLanguage();
  const query = coverageRoute.useSearch();
  const format = useCoverageFormat();
  const sectionLabel = useSectionLabel();
  const target = query.review ?? query.lang ?? 'lo';
  const filter = { collection: query.rcollection, field: query.rfield, state: query.rstate };
  const all = queues[target];
  const items = filterQueue(all, filter);
  const counts = queueFacetCounts(all, filter);
  const shown = items.slice(0, query.rshow ?? REVIEW_PAGE);
  const selection: TextSelection = { lang: target, collection: filter.collection, field: filter.field, states: filter.state ? [filter.state] : undefined };
  const fields = [...counts.field.keys(), ...(filter.field ? [filter.field] : [])].filter((f, i, list) => list.indexOf(f) === i);
  const collator = new Intl.Collator(lang);

  return (
    <section className="coverage-section review-queue" aria-labelledby="review-queue-heading">
      <h2 id="review-queue-heading">{t('coverage:queue.heading')}</h2>
      <p>{t('coverage:queue.intro')}</p>
      <div className="coverage-filters">
        <QueueFilter name="review" label={t('coverage:queue.language')} current={target} counts={new Map(TARGET_LANGUAGES.map((l) => [l, queues[l].length]))}
          options={TARGET_LANGUAGES.map((value) => ({ value, label: t(`common:languageName.${value}`) }))} required />
        <QueueFilter name="rcollection" label={t('coverage:queue.collection')} current={filter.collection} counts={counts.collection} total={filterQueue(all, { ...filter, collection: undefined }).length}
          options={collectionOrder.map((value) => ({ value, label: vocabularyLabel('collections', value, lang) }))} />
        <QueueFilter name="rfield" label={t('coverage:queue.field')} current={filter.field} counts={counts.field} total={filterQueue(all, { ...filter, field: undefined }).length}
          options={fields.map((value) => ({ value, label: vocabularyLabel('fields', value, lang) })).sort((a, b) => collator.compare(a.label, b.label))} />
        <QueueFilter name="rstate" label={t('coverage:queue.state')} current={filter.state} counts={counts.state} total={filterQueue(all, { ...filter, state: undefined }).length}
          options={QUEUE_STATES.map((value) => ({ value, label: t(`coverage:bucket.${value}`) }))} />
      </div>
      <p role="status">{items.length ? t('coverage:queue.count', { count: items.length, n: format.count(items.length) }) : t('coverage:queue.none')}</p>
      {items.length > 0 && (
        <>
          <SelectionDownloads selection={selection} commands={{ csv: selectionCommand(selection, 'csv'), xliff: selectionCommand(selection, 'xliff') }} />
          <ol className="review-queue__list">
            {shown.map((item) => {
              const title = pickLocalized(findStandard(summaries, item.record)?.titles ?? {}, lang);
              const state = t(`coverage:bucket.${item.state}`);
              return (
                <li key={item.id} data-state={item.state}>
                  <Link
                    to="/$lang/standards/$id"
                    params={{ lang, id: item.record }}
                    search={{ compare: target === lang ? 'zh' : target, text: item.path }}
                    hash={item.anchor}
                    aria-label={t('coverage:queue.open', { id: item.id, state })}
                  >
                    <span className="standard-id">{item.record}</span> <span lang={title?.lang}>{title?.value}</span> · {sectionLabel(sectionOf(item.path))}{' '}
                    <code className="review-queue__path">{item.path}</code>
                  </Link>{' '}
                  <span className={`review-queue__state review-queue__state--${item.state}`}>{state}</span>{' '}
                  <span className="review-queue__chars">{format.count(item.chars)}</span>
                </li>
              );
            })}
          </ol>
          {items.length > shown.length && (
            <p>
              <Link to="." search={(prev: CoverageQuery) => ({ ...prev, rshow: shown.length + REVIEW_PAGE })} resetScroll={false}>
                {t('coverage:queue.more', { count: Math.min(REVIEW_PAGE, items.length - shown.length) })}
              </Link>
            </p>
          )}
          <p className="coverage-note">{t('coverage:queue.importHelp')}</p>
        </>
      )}
    </section>
  );
}

