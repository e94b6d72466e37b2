import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { pickLocalized } from '../../domain/text/localize.ts';
import type { StandardSummary } from '../../domain/record/summary.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';
import { vocabularyLabel } from './vocabulary-label.ts';

export function StandardCard({ standard }: { standard: StandardSummary }) {
  const { t } = useTranslation('catalogue');
  const lang = usePageLanguage();
  const title = pickLocalized(standard.titles, lang);
  return (
    <article className="standard-card">
      <h2>
        <Link to="/$lang/standards/$id" params={{ lang, id: standard.id }}>
          <span lang={title?.lang}>{title?.value ?? standard.id}</span>
        </Link>
      </h2>
      <p className="standard-card__meta">
        <span className="standard-id">{standard.id}</span> · {vocabularyLabel('collections', standard.collection, lang)} ·{' '}
        {vocabularyLabel('fields', standard.field, lang)}
        {/* An inspection standard is not taught: it has no level or hours. */}
        {standard.level && standard.hours && ` · ${t(`level.${standard.level}`)} · ${t('hoursShort', { count: standard.hours.theory + standard.hours.practice })}`}
      </p>
    </article>
  );
}
