import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { entryAnchor, type ShapeSection } from '../../domain/record/text-shape.ts';
import { sectionValue, type ShapedText } from '../../domain/record/text-walk.ts';
import { TextBlock } from './text-block.tsx';
import { useSectionHeadings } from './use-section-headings.ts';

export interface ShownText {
  lang: string;
  value: ShapedText;
}

/** One piece of text and its twin in the other language, each with its lang: stacked on a phone, side by side wider up. */
function Pair({ main, second, mainLang, secondLang }: { main: ReactNode; second: ReactNode; mainLang: string; secondLang: string }) {
  return (
    <div className="pair">
      <div className="pair__main" lang={mainLang}>
        {main}
      </div>
      <div className="pair__second" lang={secondLang}>
        {second}
      </div>
    </div>
  );
}

/**
 * One section of a record in two languages, interleaved item by item: each paragraph, list item, entry and part is
 * followed by its twin, so on a narrow screen the Chinese of objective 1 sits right under its Lao instead of a
 * screen further down. Drawn from the section's description in the text shape, like SectionContent.
 */
export function PairedSectionContent({ section, main, second }: { section: ShapeSection; main: ShownText; second: ShownText }) {
  const { i18n } = useTranslation('standard');
  const headings = useSectionHeadings();
  const uiLang = i18n.language;
  const pair = (a: ReactNode, b: ReactNode) => <Pair main={a} second={b} mainLang={main.lang} secondLang={second.lang} />;
  const a = sectionValue(main.value, section);
  const b = sectionValue(second.value, section);
  const pairedList = (path: string, mine: string[], theirs: string[]) => (
    <ul className="paired-list">
      {indices(mine.length, theirs.length).map((i) => (
        <li key={i}>
          {pair(
            <TextBlock as="span" path={`${path}/${i}`} lang={main.lang}>{mine[i]}</TextBlock>,
            <TextBlock as="span" path={`${path}/${i}`} lang={second.lang}>{theirs[i]}</TextBlock>,
          )}
        </li>
      ))}
    </ul>
  );
  switch (section.type) {
    case 'text':
      return pair(
        <TextBlock as="p" path={section.id} lang={main.lang}>{a.text}</TextBlock>,
        <TextBlock as="p" path={section.id} lang={second.lang}>{b.text}</TextBlock>,
      );
    case 'list':
      return pairedList(section.id, a.list, b.list);
    case 'lists':
      return (
        <>
          {section.lists.map((list) => (
            <div key={list}>
              <h3 lang={uiLang}>{headings.label(list)}</h3>
              {pairedList(`${section.id}/${list}`, a.lists[list], b.lists[list])}
            </div>
          ))}
        </>
      );
    case 'entries': {
      const [headingField, ...bodyFields] = section.fields;
      return (
        <ol className="units">
          {indices(a.entries.length, b.entries.length).map((i) => {
            const mine = a.entries[i];
            const theirs = b.entries[i];
            const path = (key: string) => `${section.id}/${i}/${key}`;
            return (
              <li key={i} id={entryAnchor(section, i)} className="unit">
                <h3>
                  <span lang={uiLang} className="unit__number">{headings.entryNumber(section, i)}</span>{' '}
                  <span lang={main.lang}>
                    <TextBlock as="span" path={path(headingField)} lang={main.lang}>{mine?.[headingField]}</TextBlock>
                  </span>{' '}
                  {section.hours && mine && <span lang={uiLang} className="unit__hours">({headings.hours(mine.hours as number)})</span>}
                </h3>
                {pair(
                  <>
                    {bodyFields.map((key) => <TextBlock as="p" key={key} path={path(key)} lang={main.lang}>{mine?.[key]}</TextBlock>)}
                  </>,
                  <>
                    <TextBlock as="p" path={path(headingField)} lang={second.lang} className="pair__title">{theirs?.[headingField]}</TextBlock>
                    {bodyFields.map((key) => <TextBlock as="p" key={key} path={path(key)} lang={second.lang}>{theirs?.[key]}</TextBlock>)}
                  </>,
                )}
              </li>
            );
          })}
        </ol>
      );
    }
    case 'parts':
      return (
        <dl>
          {section.parts.map((part) => (
            <div key={part}>
              <dt lang={uiLang}>{headings.label(part)}</dt>
              <dd>
                {pair(
                  <TextBlock as="span" path={`${section.id}/${part}`} lang={main.lang}>{a.parts[part]}</TextBlock>,
                  <TextBlock as="span" path={`${section.id}/${part}`} lang={second.lang}>{b.parts[part]}</TextBlock>,
                )}
              </dd>
            </div>
          ))}
        </dl>
      );
  }
}

/** 0…n-1 for the longer of two lists: a translation with an item fewer still shows the source's last item. */
function indices(m: number, n: number): number[] {
  return Array.from({ length: Math.max(m, n) }, (_, i) => i);
}
