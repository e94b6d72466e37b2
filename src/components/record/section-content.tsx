import { useTranslation } from 'react-i18next';
import { entryAnchor, type ShapeSection } from '../../domain/record/text-shape.ts';
import { sectionValue, type ShapedText } from '../../domain/record/text-walk.ts';
import { TextBlock } from './text-block.tsx';
import { useSectionHeadings } from './use-section-headings.ts';

/**
 * One section of a record in one language, drawn from its description in the text shape. Headings inside come
 * from the page language's UI strings, so they carry the page's own lang; the record text inherits its column's
 * lang attribute (`lang`, also the language whose translation states the texts show).
 */
export function SectionContent({ section, text, anchors, lang }: { section: ShapeSection; text: ShapedText; anchors: boolean; lang: string }) {
  const { i18n } = useTranslation('standard');
  const headings = useSectionHeadings();
  const uiLang = i18n.language;
  const value = sectionValue(text, section);
  switch (section.type) {
    case 'text':
      return (
        <TextBlock as="p" path={section.id} lang={lang}>
          {value.text}
        </TextBlock>
      );
    case 'list':
      return (
        <ul>
          {value.list.map((item, i) => (
            <TextBlock as="li" key={i} path={`${section.id}/${i}`} lang={lang}>
              {item}
            </TextBlock>
          ))}
        </ul>
      );
    case 'lists':
      return (
        <>
          {section.lists.map((list) => (
            <div key={list}>
              <h3 lang={uiLang}>{headings.label(list)}</h3>
              <ul>
                {value.lists[list].map((item, i) => (
                  <TextBlock as="li" key={i} path={`${section.id}/${list}/${i}`} lang={lang}>
                    {item}
                  </TextBlock>
                ))}
              </ul>
            </div>
          ))}
        </>
      );
    case 'parts':
      return (
        <dl>
          {section.parts.map((part) => (
            <div key={part}>
              <dt lang={uiLang}>{headings.label(part)}</dt>
              <TextBlock as="dd" path={`${section.id}/${part}`} lang={lang}>
                {value.parts[part]}
              </TextBlock>
            </div>
          ))}
        </dl>
      );
    case 'entries': {
      const [headingField, ...bodyFields] = section.fields;
      return (
        <ol className="units">
          {value.entries.map((entry, i) => (
            <li key={i} id={anchors ? entryAnchor(section, i) : undefined} className="unit">
              <h3>
                <span lang={uiLang} className="unit__number">{headings.entryNumber(section, i)}</span>{' '}
                <TextBlock as="span" path={`${section.id}/${i}/${headingField}`} lang={lang}>
                  {entry[headingField]}
                </TextBlock>
                {section.hours && (
                  <>
                    {' '}
                    <span lang={uiLang} className="unit__hours">({headings.hours(entry.hours as number)})</span>
                  </>
                )}
              </h3>
              {bodyFields.map((key) => (
                <TextBlock as="p" key={key} path={`${section.id}/${i}/${key}`} lang={lang}>
                  {entry[key]}
                </TextBlock>
              ))}
            </li>
          ))}
        </ol>
      );
    }
  }
}
