import { useTranslation } from 'react-i18next';
import type { CoverageReport } from '../../domain/translation/coverage.ts';
import type { TargetLanguage } from '../../domain/translation/coverage-state.ts';
import type { Measure } from '../../domain/translation/coverage-tally.ts';
import type { Language } from '../../domain/text/languages.ts';
import { CoverageTallyTable } from './coverage-tally-table.tsx';
import { usePageLanguage } from '../shell/use-page-language.ts';

/**
 * Joins language names. Not Intl.ListFormat: browsers without Lao locale data (Chromium among them) would write
 * "ລາວ and ອັງກິດ", and the page built by Node, which has the data, would not match the browser hydrating it.
 */
const LIST_SEPARATOR: Record<Language, string> = { zh: '、', lo: ', ', en: ', ' };

/** The interface strings: figures per language and the list of those Lao or English still lacks. */
export function CoverageUiStrings({ ui, languages, measure }: { ui: CoverageReport['ui']; languages: readonly TargetLanguage[]; measure: Measure }) {
  const { t } = useTranslation(['coverage', 'common']);
  const separator = LIST_SEPARATOR[usePageLanguage()];
  const untranslated = ui.untranslated.filter((s) => s.missingIn.some((lang) => languages.includes(lang)));
  const stale = (ui.stale ?? []).filter((s) => s.staleIn.some((lang) => languages.includes(lang)));
  return (
    <section className="coverage-section" aria-labelledby="coverage-ui-heading">
      <h2 id="coverage-ui-heading">{t('coverage:uiHeading')}</h2>
      <p>{t('coverage:uiNote')}</p>
      <CoverageTallyTable labelledBy="coverage-ui-heading" groups={[{ key: 'ui', tallies: ui.tallies }]} languages={languages} measure={measure} />
      {untranslated.length === 0 ? (
        <p>{t('coverage:uiNone')}</p>
      ) : (
        <>
          <h3 id="coverage-ui-untranslated">{t('coverage:uiUntranslatedHeading')}</h3>
          <ul className="coverage-ui-list" aria-labelledby="coverage-ui-untranslated">
            {untranslated.map((s) => (
              <li key={`${s.namespace}:${s.key}`}>
                <code translate="no">
                  {s.namespace}:{s.key}
                </code>{' '}
                <span lang="zh">{s.source}</span>{' '}
                <span className="count">
                  ({t('coverage:uiMissingIn', { languages: s.missingIn.filter((l) => languages.includes(l)).map((l) => t(`common:languageName.${l}`)).join(separator) })})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {stale.length > 0 && (
        <>
          <h3 id="coverage-ui-stale">{t('coverage:uiStaleHeading')}</h3>
          <ul className="coverage-ui-list" aria-labelledby="coverage-ui-stale">
            {stale.map((s) => (
              <li key={`${s.namespace}:${s.key}`}>
                <code translate="no">
                  {s.namespace}:{s.key}
                </code>{' '}
                <span lang="zh">{s.source}</span>{' '}
                <span className="count">
                  ({t('coverage:uiStaleIn', { languages: s.staleIn.filter((l) => languages.includes(l)).map((l) => t(`common:languageName.${l}`)).join(separator) })})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
