import { useTranslation } from 'react-i18next';
import type { CourseStandard } from '../../domain/record/schema.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';
import { vocabularyLabel } from '../browse/vocabulary-label.ts';

/** One line under the title: collection, level, hours, version. The full table is folded below it. */
export function KeyFacts({ standard }: { standard: CourseStandard }) {
  const { t } = useTranslation(['standard', 'catalogue']);
  const lang = usePageLanguage();
  const hours = standard.hours;
  const facts = [
    vocabularyLabel('collections', standard.collection, lang),
    // A record that is not taught (an inspection standard) has no level or hours: its field says what it covers.
    ...(standard.level && hours
      ? [t(`catalogue:level.${standard.level}`), t('catalogue:hours', { total: hours.theory + hours.practice, theory: hours.theory, practice: hours.practice })]
      : [vocabularyLabel('fields', standard.field, lang)]),
    `${t('standard:fact.version')} ${standard.version}`,
  ];
  return (
    <ul className="key-facts">
      {facts.map((fact) => (
        <li key={fact}>{fact}</li>
      ))}
    </ul>
  );
}
