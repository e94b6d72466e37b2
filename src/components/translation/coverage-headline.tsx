import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageReport } from '../../domain/translation/coverage.ts';
import type { TargetLanguage } from '../../domain/translation/coverage-state.ts';
import { MEASURES } from '../../domain/translation/coverage-tally.ts';
import { REVIEW_GROUP_NAMES, reviewShares } from '../../domain/translation/review-shares.ts';
import { useCoverageFormat } from './coverage-format.ts';

/**
 * The first thing staff read: per language, how much a person has checked, how much waits for review, what went
 * out of date and what is missing, as texts and as characters of the Chinese source. "Translated" alone would say
 * 100 % for a catalogue of machine translation.
 */
export function CoverageHeadline({ report, languages }: { report: CoverageReport; languages: readonly TargetLanguage[] }) {
  const { t } = useTranslation(['coverage', 'common']);
  const format = useCoverageFormat();
  return (
    <section className="coverage-headline" aria-labelledby="coverage-headline-heading">
      <h2 id="coverage-headline-heading">{t('coverage:headline.heading')}</h2>
      <dl className="coverage-headline__languages">
        {languages.map((lang) => {
          const tally = report.totals[lang];
          if (!tally) return null;
          return (
            <div key={lang} className="coverage-headline__language" data-language={lang}>
              <dt>{t(`common:languageName.${lang}`)}</dt>
              {MEASURES.map((measure) => {
                const shares = reviewShares(tally, measure);
                return (
                  <dd key={measure} data-measure={measure}>
                    <span className="coverage-headline__measure">{t(`coverage:measure.${measure}`)}:</span>{' '}
                    {REVIEW_GROUP_NAMES.map((group, i) => (
                      <Fragment key={group}>
                        {i > 0 && ' · '}
                        <span className={`coverage-headline__group coverage-headline__group--${group}`} data-group={group}>
                          {t(`coverage:headline.${group}`, { percent: format.percent(shares[group].percent), n: format.count(shares[group].count) })}
                        </span>
                      </Fragment>
                    ))}
                  </dd>
                );
              })}
            </div>
          );
        })}
      </dl>
    </section>
  );
}
