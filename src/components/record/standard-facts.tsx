import { useTranslation } from 'react-i18next';
import type { CourseStandard } from '../../domain/record/schema.ts';
import { LANGUAGES } from '../../domain/text/languages.ts';
import { translationState } from '../../domain/translation/translation-state.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';
import { vocabularyLabel } from '../browse/vocabulary-label.ts';

type Translate = ReturnType<typeof useTranslation<['standard', 'catalogue', 'common']>>['t'];

/** Level, hours and credits, for the records that are taught (not inspection standards). */
function teachingFacts(standard: CourseStandard, t: Translate): ['level' | 'hours' | 'credits', string][] {
  const { level, hours, credits } = standard;
  if (!level || !hours || credits === undefined) return [];
  return [
    ['level', t(`catalogue:level.${level}`)],
    ['hours', t('catalogue:hours', { total: hours.theory + hours.practice, theory: hours.theory, practice: hours.practice })],
    ['credits', t('catalogue:credits', { count: credits })],
  ];
}

export function StandardFacts({ standard }: { standard: CourseStandard }) {
  const { t } = useTranslation(['standard', 'catalogue', 'common']);
  const lang = usePageLanguage();
  type FactKey = 'collection' | 'kind' | 'field' | 'level' | 'hours' | 'credits' | 'version' | 'issued' | 'partners' | 'certification' | 'translation' | 'provenance';
  const facts: [FactKey, React.ReactNode][] = [
    ['collection', vocabularyLabel('collections', standard.collection, lang)],
    ['kind', t(`catalogue:kind.${standard.kind}`)],
    ['field', vocabularyLabel('fields', standard.field, lang)],
    ...teachingFacts(standard, t),
    ['version', standard.version],
    ['issued', <time dateTime={standard.issued}>{standard.issued}</time>],
    ['partners', standard.partners.map((p) => vocabularyLabel('partners', p, lang)).join(' · ')],
  ];
  if (standard.certification) {
    facts.push(['certification', t('standard:certifiedBy', { body: vocabularyLabel('bodies', standard.certification.body, lang), year: standard.certification.year })]);
  }
  facts.push([
    'translation',
    LANGUAGES.map((l) => `${t(`common:languageName.${l}`)}: ${t(`catalogue:state.${translationState(standard, l)}`)}`).join(' · '),
  ]);
  facts.push(['provenance', t(`catalogue:provenance.${standard.provenance}`)]);
  return (
    <dl className="facts">
      {facts.map(([key, value]) => (
        <div key={key}>
          <dt>{t(`standard:fact.${key}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
