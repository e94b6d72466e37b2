import { useTranslation } from 'react-i18next';
import type { StandardText } from '../domain/schema.ts';
import { unitAnchor, type SectionId } from '../domain/sections.ts';

/**
 * One section of a record in one language. Headings inside come from the page language's UI strings, so they
 * carry the page's own lang; the record text inherits its column's lang attribute.
 */
export function SectionContent({ section, text, anchors }: { section: SectionId; text: StandardText; anchors: boolean }) {
  const { t, i18n } = useTranslation('standard');
  const uiLang = i18n.language;
  switch (section) {
    case 'summary':
      return <p>{text.summary}</p>;
    case 'nature':
      return <p>{text.nature}</p>;
    case 'assessment':
      return <p>{text.assessment}</p>;
    case 'objectives':
      return (
        <>
          {(['knowledge', 'skills', 'attitudes'] as const).map((kind) => (
            <div key={kind}>
              <h3 lang={uiLang}>{t(`section.${kind}`)}</h3>
              <ul>
                {text.objectives[kind].map((objective) => (
                  <li key={objective}>{objective}</li>
                ))}
              </ul>
            </div>
          ))}
        </>
      );
    case 'units':
      return (
        <ol className="units">
          {text.units.map((unit, i) => (
            <li key={i} id={anchors ? unitAnchor(i) : undefined} className="unit">
              <h3>
                <span lang={uiLang} className="unit__number">{t('unit', { number: i + 1 })}</span> {unit.title}{' '}
                <span lang={uiLang} className="unit__hours">({t('unitHours', { count: unit.hours })})</span>
              </h3>
              <p>{unit.requirements}</p>
            </li>
          ))}
        </ol>
      );
    case 'implementation':
      return (
        <dl>
          {(['methods', 'facilities', 'resources'] as const).map((kind) => (
            <div key={kind}>
              <dt lang={uiLang}>{t(`section.${kind}`)}</dt>
              <dd>{text.implementation[kind]}</dd>
            </div>
          ))}
        </dl>
      );
  }
}
