import { useTranslation } from 'react-i18next';
import type { StandardText } from '../../domain/record/schema.ts';
import { unitAnchor, type SectionId } from '../../domain/record/sections.ts';
import { TextBlock } from './text-block.tsx';
import { IMPLEMENTATION_PARTS, OBJECTIVE_KINDS } from '../../domain/record/text-shape.ts';

/**
 * One section of a record in one language. Headings inside come from the page language's UI strings, so they
 * carry the page's own lang; the record text inherits its column's lang attribute (`lang`, also the language
 * whose translation states the texts show).
 */
export function SectionContent({ section, text, anchors, lang }: { section: SectionId; text: StandardText; anchors: boolean; lang: string }) {
  const { t, i18n } = useTranslation('standard');
  const uiLang = i18n.language;
  switch (section) {
    case 'summary':
    case 'nature':
    case 'assessment':
      return (
        <TextBlock as="p" path={section} lang={lang}>
          {text[section]}
        </TextBlock>
      );
    case 'objectives':
      return (
        <>
          {OBJECTIVE_KINDS.map((kind) => (
            <div key={kind}>
              <h3 lang={uiLang}>{t(`section.${kind}`)}</h3>
              <ul>
                {text.objectives[kind].map((objective, i) => (
                  <TextBlock as="li" key={i} path={`objectives/${kind}/${i}`} lang={lang}>
                    {objective}
                  </TextBlock>
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
                <span lang={uiLang} className="unit__number">{t('unit', { number: i + 1 })}</span>{' '}
                <TextBlock as="span" path={`units/${i}/title`} lang={lang}>
                  {unit.title}
                </TextBlock>{' '}
                <span lang={uiLang} className="unit__hours">({t('unitHours', { count: unit.hours })})</span>
              </h3>
              <TextBlock as="p" path={`units/${i}/requirements`} lang={lang}>
                {unit.requirements}
              </TextBlock>
            </li>
          ))}
        </ol>
      );
    case 'implementation':
      return (
        <dl>
          {IMPLEMENTATION_PARTS.map((kind) => (
            <div key={kind}>
              <dt lang={uiLang}>{t(`section.${kind}`)}</dt>
              <TextBlock as="dd" path={`implementation/${kind}`} lang={lang}>
                {text.implementation[kind]}
              </TextBlock>
            </div>
          ))}
        </dl>
      );
  }
}
