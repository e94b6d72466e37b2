import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StandardText } from '../../domain/record/schema.ts';
import { unitAnchor, type SectionId } from '../../domain/record/sections.ts';
import { TextBlock } from './text-block.tsx';
import { IMPLEMENTATION_PARTS, OBJECTIVE_KINDS } from '../../domain/record/text-shape.ts';

export interface ShownText {
  lang: string;
  value: StandardText;
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
 * One section of a record in two languages, interleaved item by item: each paragraph, objective, unit and
 * implementation part is followed by its twin, so on a narrow screen the Chinese of objective 1 sits right
 * under its Lao instead of a screen further down.
 */
export function PairedSectionContent({ section, main, second }: { section: SectionId; main: ShownText; second: ShownText }) {
  const { t, i18n } = useTranslation('standard');
  const uiLang = i18n.language;
  const pair = (a: ReactNode, b: ReactNode) => <Pair main={a} second={b} mainLang={main.lang} secondLang={second.lang} />;
  const a = main.value;
  const b = second.value;
  switch (section) {
    case 'summary':
    case 'nature':
    case 'assessment':
      return pair(
        <TextBlock as="p" path={section} lang={main.lang}>{a[section]}</TextBlock>,
        <TextBlock as="p" path={section} lang={second.lang}>{b[section]}</TextBlock>,
      );
    case 'objectives':
      return (
        <>
          {OBJECTIVE_KINDS.map((kind) => (
            <div key={kind}>
              <h3 lang={uiLang}>{t(`section.${kind}`)}</h3>
              <ul className="paired-list">
                {indices(a.objectives[kind].length, b.objectives[kind].length).map((i) => (
                  <li key={i}>
                    {pair(
                      <TextBlock as="span" path={`objectives/${kind}/${i}`} lang={main.lang}>{a.objectives[kind][i]}</TextBlock>,
                      <TextBlock as="span" path={`objectives/${kind}/${i}`} lang={second.lang}>{b.objectives[kind][i]}</TextBlock>,
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      );
    case 'units':
      return (
        <ol className="units">
          {indices(a.units.length, b.units.length).map((i) => (
            <li key={i} id={unitAnchor(i)} className="unit">
              <h3>
                <span lang={uiLang} className="unit__number">{t('unit', { number: i + 1 })}</span>{' '}
                <span lang={main.lang}>
                  <TextBlock as="span" path={`units/${i}/title`} lang={main.lang}>{a.units[i]?.title}</TextBlock>
                </span>{' '}
                {a.units[i] && <span lang={uiLang} className="unit__hours">({t('unitHours', { count: a.units[i].hours })})</span>}
              </h3>
              {pair(
                <TextBlock as="p" path={`units/${i}/requirements`} lang={main.lang}>{a.units[i]?.requirements}</TextBlock>,
                <>
                  <TextBlock as="p" path={`units/${i}/title`} lang={second.lang} className="pair__title">{b.units[i]?.title}</TextBlock>
                  <TextBlock as="p" path={`units/${i}/requirements`} lang={second.lang}>{b.units[i]?.requirements}</TextBlock>
                </>,
              )}
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
              <dd>
                {pair(
                  <TextBlock as="span" path={`implementation/${kind}`} lang={main.lang}>{a.implementation[kind]}</TextBlock>,
                  <TextBlock as="span" path={`implementation/${kind}`} lang={second.lang}>{b.implementation[kind]}</TextBlock>,
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
