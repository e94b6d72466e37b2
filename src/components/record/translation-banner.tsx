import { useTranslation } from 'react-i18next';
import type { Language } from '../../domain/text/languages.ts';
import { translationReportUrl } from '../../domain/links/translation-report.ts';
import type { CourseStandard } from '../../domain/record/schema.ts';
import { translationState } from '../../domain/translation/translation-state.ts';
import { siteConfig } from '../../site-config.ts';

/**
 * At the top of a record shown in a translation: which language, made how from the Chinese source, and how to
 * report a problem. The state is the record's for that language (the coverage page has it text by text).
 */
export function TranslationBanner({ standard, shown, pageUrl }: { standard: CourseStandard; shown: Language; pageUrl: string }) {
  const { t } = useTranslation(['standard', 'common']);
  const state = translationState(standard, shown);
  if (state === 'source' || state === 'missing') return null;
  const language = t(`common:languageName.${shown}`);
  const report = translationReportUrl(siteConfig.translationReportTarget, { subject: t('standard:reportSubject', { id: standard.id, language }), pageUrl });
  return (
    <p className={`translation-banner translation-banner--${state}`} role="note">
      <span>{t(`standard:banner.${state}`, { language })}</span> <a href={report}>{t('standard:reportProblem')}</a>
    </p>
  );
}
