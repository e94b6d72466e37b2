import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isTargetLanguage } from '../../domain/translation/coverage-state.ts';
import { splitAtLaoRepeatMarks } from '../../domain/text/lao-line-breaks.ts';
import type { ReaderTextState, ReaderTextStates } from '../../domain/translation/reader-text-states.ts';

/** The record's per-text translation states and the text a reviewer was sent to (`?text=`), for every text below. */
export const TextStatusContext = createContext<{ states?: ReaderTextStates; marked?: string }>({});

type Tag = 'p' | 'li' | 'dd' | 'span';

/**
 * One text of a record: it carries its path (so a link can point at it), is marked when a reviewer was sent to
 * it, and ends with a discreet mark of its translation state when it is a translation (machine, draft, reviewed,
 * approved; out of date when its Chinese changed), with the state in words for screen readers. The title shows
 * no mark (`showState={false}`): a heading's name stays the title, and the translation banner gives its state.
 */
export function TextBlock({ as: Element, path, lang, className, children, showState = true }: { as: Tag; path: string; lang: string; className?: string; children: ReactNode; showState?: boolean }) {
  const { states, marked } = useContext(TextStatusContext);
  const status = showState && isTargetLanguage(lang) ? states?.[lang]?.[path] : undefined;
  const classes = [className, marked === path ? 'text--marked' : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <Element className={classes} data-text={path}>
      {typeof children === 'string' ? <KeepRepeatMarks text={children} /> : children}
      {status && <TextStateMark state={status.state} stale={Boolean(status.stale)} />}
    </Element>
  );
}

type MarkedState = ReaderTextState['state'];

/** The text as written, with each ໆ kept on the line of the word it repeats. */
function KeepRepeatMarks({ text }: { text: string }) {
  if (!text.includes('ໆ')) return text;
  return splitAtLaoRepeatMarks(text).map((piece, i) => (piece.keepTogether ? <span key={i} className="nobreak">{piece.text}</span> : piece.text));
}

function TextStateMark({ state, stale }: { state: MarkedState; stale: boolean }) {
  const { t, i18n } = useTranslation('standard');
  const name = stale ? t('textState.stale', { state: t(`textState.${state}`) }) : t(`textState.${state}`);
  return (
    <span className={`text-state text-state--${stale ? 'stale' : state}`} lang={i18n.language} title={name}>
      <span aria-hidden="true">{stale ? '!' : t(`textState.short.${state}`)}</span>
      <span className="visually-hidden"> ({name})</span>
    </span>
  );
}

/** The legend of the marks, shown above a record's text when a translation is on the page. */
export function TextStateLegend() {
  const { t } = useTranslation('standard');
  const entries = (['machine', 'draft', 'reviewed', 'approved'] as const).map((state) => (
    <span key={state} className="text-state-legend__entry">
      <span className={`text-state text-state--${state}`} aria-hidden="true">
        {t(`textState.short.${state}`)}
      </span>{' '}
      {t(`textState.${state}`)}
    </span>
  ));
  return (
    <p className="text-state-legend">
      {t('textState.legend')} {entries}{' '}
      <span className="text-state-legend__entry">
        <span className="text-state text-state--stale" aria-hidden="true">!</span> {t('textState.staleShort')}
      </span>
    </p>
  );
}
