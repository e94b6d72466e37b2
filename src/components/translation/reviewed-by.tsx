import { useTranslation } from 'react-i18next';
import type { CoverageReport } from '../../domain/translation/coverage.ts';

/** Who reviewed what, and when, as the reviewers' XLIFF files said: the only way a text becomes reviewed. */
export function ReviewedBy({ reviews }: { reviews: CoverageReport['reviews'] }) {
  const { t } = useTranslation(['coverage', 'common']);
  return (
    <section className="coverage-section" aria-labelledby="coverage-reviewed-heading">
      <h2 id="coverage-reviewed-heading">{t('coverage:reviewedBy.heading')}</h2>
      {reviews.length === 0 ? (
        <p>{t('coverage:reviewedBy.none')}</p>
      ) : (
        <ul aria-labelledby="coverage-reviewed-heading">
          {reviews.map((review) => (
            <li key={`${review.id}-${review.lang}`}>
              <code translate="no">{review.id}</code> · {t(`common:languageName.${review.lang}`)} · {t('coverage:reviewedBy.entry', { by: review.by, date: review.date })}
            </li>
          ))}
        </ul>
      )}
      <p className="coverage-note">{t('coverage:reviewedBy.how')}</p>
    </section>
  );
}
