import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetLanguage } from '../../domain/translation/coverage-state.ts';
import { COVERAGE_BUCKETS, countOf, totalOf, translatedPercent, type CoverageBucket, type Measure, type Tally } from '../../domain/translation/coverage-tally.ts';
import { CoverageBar, CoverageSwatch } from './coverage-bar.tsx';
import { useCoverageFormat } from './coverage-format.ts';

export interface TallyGroup {
  key: string;
  /** Row-group header (a collection, a section); none for a table of languages only. */
  label?: ReactNode;
  tallies: Partial<Record<TargetLanguage, Tally>>;
}

interface Props {
  labelledBy: string;
  groupHeader?: string;
  groups: readonly TallyGroup[];
  languages: readonly TargetLanguage[];
  measure: Measure;
  buckets?: readonly CoverageBucket[];
}

/** Figures per state, one row per language (grouped when `groupHeader` is given), with a stacked bar. */
export function CoverageTallyTable({ labelledBy, groupHeader, groups, languages, measure, buckets = COVERAGE_BUCKETS }: Props) {
  const { t } = useTranslation(['coverage', 'common']);
  const format = useCoverageFormat();
  return (
    // Scrolls sideways on a narrow screen; focusable so that keyboard users can scroll it too.
    <div className="coverage-scroll" role="group" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="coverage-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {groupHeader && <th scope="col">{groupHeader}</th>}
            <th scope="col">{t('coverage:column.language')}</th>
            <th scope="col">{t('coverage:translated')}</th>
            {buckets.map((bucket) => (
              <th scope="col" key={bucket} className="coverage-table__figure">
                <CoverageSwatch bucket={bucket} /> {t(`coverage:bucket.${bucket}`)}
              </th>
            ))}
            <th scope="col" className="coverage-table__figure">{t('coverage:total')}</th>
          </tr>
        </thead>
        {groups.map((group) => {
          const rows = languages.filter((lang) => group.tallies[lang]);
          return (
            <tbody key={group.key}>
              {rows.map((lang, i) => {
                const tally = group.tallies[lang]!;
                return (
                  <tr key={lang} data-language={lang}>
                    {groupHeader && i === 0 && (
                      <th scope="rowgroup" rowSpan={rows.length}>
                        {group.label}
                      </th>
                    )}
                    <th scope="row">{t(`common:languageName.${lang}`)}</th>
                    <td className="coverage-table__translated">
                      <span className="coverage-percent">{format.percent(translatedPercent(tally, measure))}</span>
                      <CoverageBar tally={tally} measure={measure} buckets={buckets} />
                    </td>
                    {buckets.map((bucket) => (
                      <td key={bucket} data-bucket={bucket}>
                        {format.count(countOf(tally, measure, bucket))}
                      </td>
                    ))}
                    <td data-bucket="total">{format.count(totalOf(tally, measure))}</td>
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
