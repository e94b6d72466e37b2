import { useTranslation } from 'react-i18next';
import type { CourseStandard } from '../../domain/record/schema.ts';

/** One line under the title: collection, level, hours, version. The full table is folded below it. */
export function KeyFacts({ standard }: { standard: CourseStandard }) {
  const { t } = useTranslation(['standard', 'catalogue']);
  const { theory, practice } = standard.hours;
  const facts = [
    t(`catalogue:collection.${standard.collection}`),
    t(`catalogue:level.${standard.level}`),
    t('catalogue:hours', { total: theory + practice, theory, practice }),
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
