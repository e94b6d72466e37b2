import { useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageLanguage } from './use-page-language.ts';

export const SEARCH_INPUT_ID = 'site-search';
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

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const go = (q: string) => {
    clearTimeout(timer.current);
    void navigate({ to: '/$lang/search', params: { lang }, search: q.trim() ? { q } : {}, replace: onSearchPage });
  };

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
        onFocus={() => void import('../search/catalogue-search.ts').then((search) => search.warmSearch())}
        onChange={(event) => {
          const next = event.target.value;
          setValue(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => go(next), DEBOUNCE_MS);
        }}
      />
      <button type="submit">{t('submit')}</button>
    </form>
  );
}
