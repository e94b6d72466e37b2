import { useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listenForSearchShortcut, SEARCH_INPUT_ID } from './search-shortcut.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';
const DEBOUNCE_MS = 250;

/** The header search box: typing (debounced) shows results at /$lang/search?q=…; `/` focuses it from anywhere. */
export function SearchBox() {
  const { t } = useTranslation('search');
  const lang = usePageLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const onSearchPage = location.pathname.endsWith('/search');
  const urlQuery = onSearchPage ? String((location.search as { q?: string }).q ?? '') : '';
  const [value, setValue] = useState(urlQuery);
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Follow the URL when it changes from outside (back button, a shared link).
  useEffect(() => {
    if (document.activeElement !== input.current) setValue(urlQuery);
  }, [urlQuery]);

  useEffect(() => listenForSearchShortcut(document), []);

  const go = (q: string) => {
    clearTimeout(timer.current);
    void navigate({ to: '/$lang/search', params: { lang }, search: q.trim() ? { q } : {}, replace: onSearchPage });
  };

  const onType = (next: string) => {
    setValue(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => go(next), DEBOUNCE_MS);
  };
  // Text typed while the app was still loading (boot.ts) is searched for as if typed now.
  const takeEarlyTyping = useEffectEvent(() => {
    const typed = input.current?.value ?? value;
    if (typed !== value) onType(typed);
  });
  useEffect(() => takeEarlyTyping(), []);

  return (
    <form
      role="search"
      className="search-box"
      action={`${import.meta.env.BASE_URL}${lang}/search`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!onSearchPage || value !== urlQuery) go(value);
      }}
    >
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        {t('label')}
      </label>
      <input
        ref={input}
        id={SEARCH_INPUT_ID}
        name="q"
        type="search"
        value={value}
        placeholder={t('placeholder')}
        autoComplete="off"
        enterKeyHint="search"
        // Start building the search index while the reader types: the search code and texts load on demand.
        onFocus={() => void import('../../search-worker/catalogue-search.ts').then((search) => search.warmSearch())}
        onChange={(event) => onType(event.target.value)}
      />
      <button type="submit">{t('submit')}</button>
    </form>
  );
}
