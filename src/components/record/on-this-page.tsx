import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_IDS } from '../../domain/record/sections.ts';

/**
 * "On this page": a folded list of the sections that stays at the top of the screen while the reader scrolls a
 * long record. Its links are plain #anchors, so they work before the app has loaded; once it has, following one
 * folds the list again.
 */
export function OnThisPage() {
  const { t } = useTranslation('standard');
  const disclosure = useRef<HTMLDetailsElement>(null);
  return (
    // suppressHydrationWarning: the reader may have opened it before the app took over.
    <details className="on-this-page" ref={disclosure} data-not-a-place="" suppressHydrationWarning>
      <summary>{t('onThisPage')}</summary>
      <nav aria-label={t('contents')}>
        <ol>
          {SECTION_IDS.map((section) => (
            <li key={section}>
              <a href={`#${section}`} onClick={() => disclosure.current?.removeAttribute('open')}>
                {t(`section.${section}`)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
