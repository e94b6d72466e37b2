import { RouteError } from '../components/shell/route-error.tsx';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { coverageReport as report } from '../data/coverage.ts';
import { reviewQueues as queues, termFindings } from '../data/coverage.ts';
import { CoverageHeadline } from '../components/translation/coverage-headline.tsx';
import { ReviewQueueList } from '../components/translation/review-queue-list.tsx';
import { ReviewedBy } from '../components/translation/reviewed-by.tsx';
import { CoverageFilter } from '../components/translation/coverage-filter.tsx';
import { CoverageRecords } from '../components/translation/coverage-records.tsx';
import { useSectionLabel } from '../components/translation/coverage-section-label.ts';
import { CoverageTallyTable } from '../components/translation/coverage-tally-table.tsx';
import { CoverageUiStrings } from '../components/translation/coverage-ui-strings.tsx';
import { useDocumentTitle } from '../components/shell/use-document-title.ts';
import { parseCoverageQuery } from '../domain/url/coverage-query.ts';
import { shownLanguages } from '../domain/translation/coverage-table.ts';
import { COVERAGE_SECTIONS } from '../domain/record/text-paths.ts';
import { collectionOrder } from '../data/collections.ts';
import { usePageLanguage } from '../components/shell/use-page-language.ts';
import { vocabularyLabel } from '../components/browse/vocabulary-label.ts';
import { TermFindings } from '../components/terms/term-findings.tsx';

export const Route = createFileRoute('/$lang/coverage')({
  errorComponent: RouteError,
  validateSearch: (search: Record<string, unknown>) => parseCoverageQuery(search, collectionOrder),
  component: CoveragePage,
});

/** For staff: what is translated, how far it is reviewed, what went stale. The figures are computed at build time. */
function CoveragePage() {
  const { t } = useTranslation(['coverage', 'catalogue', 'common']);
  const query = Route.useSearch();
  const lang = usePageLanguage();
  const sectionLabel = useSectionLabel();
  useDocumentTitle(t('coverage:title'));
  const languages = shownLanguages(report, query);
  const measure = query.measure ?? 'texts';
  const csv = `${import.meta.env.BASE_URL}downloads/translation-coverage${query.lang ? `-${query.lang}` : ''}.csv`;

  return (
    <article className="coverage">
      <h1>{t('coverage:title')}</h1>
      <p className="lead">{t('coverage:intro')}</p>
      <CoverageHeadline report={report} languages={languages} />
      <ReviewQueueList queues={queues} />
      <div className="coverage-filters">
        <CoverageFilter name="lang" label={t('coverage:language.label')} anyLabel={t('coverage:language.all')} current={query.lang}
          options={report.languages.map((value) => ({ value, label: t(`common:languageName.${value}`) }))} />
        <CoverageFilter name="measure" label={t('coverage:measure.label')} anyLabel={t('coverage:measure.texts')} current={query.measure}
          options={[{ value: 'chars', label: t('coverage:measure.chars') }]} />
      </div>
      <p className="coverage-note">{t('coverage:measureNote')}</p>
      <p>
        <a href={csv} download>
          {t('coverage:csv')}
        </a>
      </p>

      <section className="coverage-section" aria-labelledby="coverage-overview-heading">
        <h2 id="coverage-overview-heading">{t('coverage:overviewHeading')}</h2>
        <CoverageTallyTable labelledBy="coverage-overview-heading" groups={[{ key: 'all', tallies: report.totals }]} languages={languages} measure={measure} />
        <p className="coverage-note">{t('coverage:legend')}</p>
      </section>

      <section className="coverage-section" aria-labelledby="coverage-collection-heading">
        <h2 id="coverage-collection-heading">{t('coverage:collectionHeading')}</h2>
        <CoverageTallyTable
          labelledBy="coverage-collection-heading"
          groupHeader={t('coverage:column.collection')}
          groups={collectionOrder.flatMap((c) => (report.byCollection[c] ? [{ key: c, label: vocabularyLabel('collections', c, lang), tallies: report.byCollection[c] }] : []))}
          languages={languages}
          measure={measure}
        />
      </section>

      <section className="coverage-section" aria-labelledby="coverage-section-heading">
        <h2 id="coverage-section-heading">{t('coverage:sectionHeading')}</h2>
        <CoverageTallyTable
          labelledBy="coverage-section-heading"
          groupHeader={t('coverage:column.section')}
          groups={COVERAGE_SECTIONS.flatMap((s) => (report.bySection[s] ? [{ key: s, label: sectionLabel(s), tallies: report.bySection[s] }] : []))}
          languages={languages}
          measure={measure}
        />
      </section>

      <CoverageRecords report={report} />
      <ReviewedBy reviews={report.reviews} />
      <CoverageUiStrings ui={report.ui} languages={languages} measure={measure} />
      <TermFindings findings={termFindings} />
    </article>
  );
}
