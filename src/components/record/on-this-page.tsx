import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kind } from '../../domain/record/record-enums.ts';
import { sectionsOf } from '../../domain/record/sections.ts';
import { useSectionHeadings } from './use-section-headings.ts';

/**
 * "On this page": a folded list of the sections that stays at the top of the screen while the reader scrolls a
 * long record. Its links are plain #anchors, so they work before the app has loaded; once it has, following one
 * folds the list again.
 */
export function OnThisPage({ kind }: { kind: Kind }) {
  const { t } = useTranslation('standard');
  const headings = useSectionHeadings();
  const disclosure = useRef<HTMLDetailsElement>(null);
  return (
    // suppressHydrationWarning: the reader may have opened it before the app took over.
    <details className="on-this-page" ref={disclosure} data-not-a-place="" suppressHydrationWarning>
      <summary>{t('onThisPage')}</summary>
      <nav aria-label={t('contents')}>
        <ol>
          {sectionsOf(kind).map(({ id }) => (
            <li key={id}>
              <a href={`#${id}`} onClick={() => disclosure.current?.removeAttribute('open')}>
                {headings.label(id)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
