import { useTranslation } from 'react-i18next';
import { pickLocalized } from '../../domain/text/localize.ts';
import type { CourseStandard } from '../../domain/record/schema.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';

export function ReleaseHistory({ history }: { history: CourseStandard['history'] }) {
  const { t } = useTranslation('standard');
  const lang = usePageLanguage();
  return (
    <section id="history" className="standard-section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history')}</h2>
      <ol className="history" reversed>
        {[...history].reverse().map((release) => {
          const note = pickLocalized(release.changes, lang);
          return (
            <li key={release.version}>
              <strong>{release.version}</strong> · <time dateTime={release.date}>{release.date}</time> ·{' '}
              <span lang={note?.lang}>{note?.value}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
