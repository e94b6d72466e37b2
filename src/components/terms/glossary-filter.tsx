import { useNavigate } from '@tanstack/react-router';
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The filter box. Its text is kept in the URL (`?q=`, replaced as one types, so Back leaves the page rather than
 * undoing letters); before the app has loaded, the form submits the same URL.
 */
export function GlossaryFilter({ filter }: { filter: string | undefined }) {
  const { t } = useTranslation('glossary');
  const navigate = useNavigate({ from: '/$lang/glossary' });
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(filter ?? '');
  // Follow the URL when it changes from outside (a link, the header); not while the reader types here.
  useEffect(() => {
    if (document.activeElement !== input.current) setValue(filter ?? '');
  }, [filter]);
  const change = (next: string) => {
    setValue(next);
    void navigate({ search: { q: next.trim() ? next : undefined }, replace: true, resetScroll: false });
  };
  // Text typed while the app was still loading is filtered for as if typed now.
  const takeEarlyTyping = useEffectEvent(() => {
    const typed = input.current?.value ?? value;
    if (typed !== value) change(typed);
  });
  useEffect(() => takeEarlyTyping(), []);
  return (
    <form role="search" className="glossary-filter" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={id}>{t('filterLabel')}</label>
      <input
        ref={input}
        id={id}
        type="search"
        name="q"
        value={value}
        onChange={(event) => change(event.target.value)}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
      />
      <button type="submit">{t('filterSubmit')}</button>
      <p id={`${id}-hint`} className="glossary-filter__hint">
        {t('filterHint')}
      </p>
    </form>
  );
}
