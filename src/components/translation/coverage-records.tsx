import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { summaries } from '../../data/catalogue.ts';
import type { CoverageReport } from '../../domain/translation/coverage.ts';
import type { CoverageOrder, CoverageQuery } from '../../domain/url/coverage-query.ts';
import { coverageRows, shownLanguages } from '../../domain/translation/coverage-table.ts';
import { COVERAGE_SECTIONS } from '../../domain/record/text-paths.ts';
import { COVERAGE_BUCKETS, countOf } from '../../domain/translation/coverage-tally.ts';
import { findStandard } from '../../domain/record/catalogue.ts';
import { pickLocalized } from '../../domain/text/localize.ts';
import { collectionOrder } from '../../data/collections.ts';
import { CoverageBar } from './coverage-bar.tsx';
import { CoverageFilter } from './coverage-filter.tsx';
import { useCoverageFormat } from './coverage-format.ts';
import { useSectionLabel } from './coverage-section-label.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';
import { vocabularyLabel } from '../browse/vocabulary-label.ts';

const coverageRoute = getRouteApi('/$lang/coverage');

/** Records × languages, filtered and sorted by the URL; each figure links to the text that most needs work. */
export function CoverageRecords({ report }: { report: CoverageReport }) {
  const { t } = useTranslation(['coverage', 'catalogue', 'common']);
  const lang = usePageLanguage();
  const query = coverageRoute.useSearch();
  const format = useCoverageFormat();
  const sectionLabel = useSectionLabel();
  const languages = shownLanguages(report, query);
  const titleOf = (id: string) => pickLocalized(findStandard(summaries, id)?.titles ?? {}, lang);
  const rows = coverageRows(report, query, lang, (id) => titleOf(id)?.value ?? id);
  const filtered = query.collection !== undefined || query.section !== undefined || query.status !== undefined;

  const sortHeader = (order: CoverageOrder, label: string) => {
    const active = (query.order ?? 'id') === order;
    const descending = active && query.dir === 'desc';
    const next = (prev: CoverageQuery): CoverageQuery => ({ ...prev, order: order === 'id' ? undefined : order, dir: active && !descending ? 'desc' : undefined });
    return (
      <th scope="col" key={order} aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}>
        <Link to="." search={next} resetScroll={false}>
          {label}
        </Link>
      </th>
    );
  };

  return (
    <section className="coverage-section" aria-labelledby="coverage-records-heading">
      <h2 id="coverage-records-heading">{t('coverage:recordsHeading')}</h2>
      <p>{t('coverage:recordsNote')}</p>
      <div className="coverage-filters">
        <CoverageFilter name="collection" label={t('coverage:filter.collection')} current={query.collection}
          options={collectionOrder.map((value) => ({ value, label: vocabularyLabel('collections', value, lang) }))} />
        <CoverageFilter name="section" label={t('coverage:filter.section')} current={query.section}
          options={COVERAGE_SECTIONS.map((value) => ({ value, label: sectionLabel(value) }))} />
        <CoverageFilter name="status" label={t('coverage:filter.state')} current={query.status}
          options={COVERAGE_BUCKETS.map((value) => ({ value, label: t(`coverage:bucket.${value}`) }))} />
        {filtered && (
          <Link to="." search={(prev: CoverageQuery) => ({ ...prev, collection: undefined, section: undefined, status: undefined })} resetScroll={false}>
            {t('coverage:filter.clear')}
          </Link>
        )}
      </div>
      <p role="status">{t('coverage:records', { count: rows.length })}</p>
      {rows.length === 0 ? (
        <p>{t('coverage:noRecords')}</p>
      ) : (
        <div className="coverage-scroll">
          <table className="coverage-table coverage-table--records" aria-labelledby="coverage-records-heading">
            <thead>
              <tr>
                {sortHeader('id', t('coverage:column.id'))}
                {sortHeader('title', t('coverage:column.title'))}
                <th scope="col">{t('coverage:column.collection')}</th>
                {languages.map((l) => sortHeader(l, t(`common:languageName.${l}`)))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const title = titleOf(row.id);
                return (
                  <tr key={row.id}>
                    <th scope="row" className="standard-id">{row.id}</th>
                    <td>
                      <span lang={title?.lang}>{title?.value}</span>
                    </td>
                    <td>{vocabularyLabel('collections', row.collection, lang)}</td>
                    {languages.map((cellLang) => {
                      const cell = row.cells[cellLang]!;
                      const measure = query.measure ?? 'texts';
                      const detail = COVERAGE_BUCKETS.filter((b) => countOf(cell.tally, measure, b) > 0)
                        .map((b) => `${t(`coverage:bucket.${b}`)} ${format.count(countOf(cell.tally, measure, b))}`)
                        .join(' · ');
                      return (
                        <td key={cellLang} data-language={cellLang}>
                          <Link
                            to="/$lang/standards/$id"
                            params={{ lang, id: row.id }}
                            search={{ compare: cellLang !== lang ? cellLang : 'zh' }}
                            hash={cell.anchor}
                            className="coverage-cell"
                          >
                            <span className="visually-hidden">{t('coverage:cellLabel', { id: row.id, language: t(`common:languageName.${cellLang}`) })} </span>
                            <span className="coverage-percent">{t('coverage:cellReviewed', { percent: format.percent(cell.reviewed) })}</span>
                            <CoverageBar tally={cell.tally} measure={measure} />
                            <span className="coverage-cell__detail">{detail}</span>
                          </Link>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
