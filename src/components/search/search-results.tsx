import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { summaries } from '../../data/catalogue.ts';
import { findStandard } from '../../domain/record/catalogue.ts';
import { languageOfText } from '../../domain/text/languages.ts';
import { pickLocalized } from '../../domain/text/localize.ts';
import { HighlightedText } from './highlighted-text.tsx';
import { SEARCH_INPUT_ID } from './search-shortcut.ts';
import { useDocumentTitle } from '../shell/use-document-title.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';
import { useSearchResults } from './use-search-results.ts';
import { vocabularyLabel } from '../browse/vocabulary-label.ts';

export function SearchResults({ query }: { query: string }) {
  const { t } = useTranslation(['search', 'catalogue']);
  const lang = usePageLanguage();
  const { hits, suggestion, failed, retry } = useSearchResults(query, lang);
  const list = useRef<HTMLOListElement>(null);
  useDocumentTitle(query ? t('search:titleFor', { query }) : t('search:title'));
  useArrowKeysThroughResults(list);

  return (
    <section className="search-results">
      <h1 id="search-heading">{query ? t('search:titleFor', { query }) : t('search:title')}</h1>
      {!query && <p>{t('search:hint')}</p>}
      {query && hits === undefined && !failed && <p role="status">{t('search:searching')}</p>}
      {query && failed && (
        <p role="alert" className="search-failed">
          {t('search:failed')}{' '}
          <button type="button" onClick={retry}>{t('search:retry')}</button>
        </p>
      )}
      {query && hits !== undefined && (
        <p role="status">{hits.length ? t('search:count', { count: hits.length }) : t('search:none', { query })}</p>
      )}
      {hits && hits.length > 0 && (
        <ol ref={list} className="standard-list" aria-labelledby="search-heading">
          {hits.map((hit) => {
            const summary = findStandard(summaries, hit.id);
            if (!summary) return null;
            const title = pickLocalized(summary.titles, lang);
            const { snippet } = hit;
            return (
              <li key={hit.id} className="standard-card">
                <h2>
                  <Link to="/$lang/standards/$id" params={{ lang, id: hit.id }} hash={snippet?.anchor}>
                    <span lang={title?.lang}>{title?.value}</span>
                  </Link>
                </h2>
                <p className="standard-card__meta">
                  <span className="standard-id">{hit.id}</span> · {vocabularyLabel('collections', summary.collection, lang)}
                </p>
                {snippet && (
                  <p className="snippet">
                    <HighlightedText snippet={snippet} />
                  </p>
                )}
                {hit.viaGlossary && (
                  <p className="via-glossary">
                    {t('search:viaGlossary')}{' '}
                    <Link to="/$lang/glossary" params={{ lang }} hash={hit.viaGlossary.concept}>
                      <span lang={languageOfText(hit.viaGlossary.asked)}>{hit.viaGlossary.asked}</span> →{' '}
                      <span lang={hit.viaGlossary.lang}>{hit.viaGlossary.found}</span>
                    </Link>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {query && hits?.length === 0 && <NoResults suggestion={suggestion} />}
    </section>
  );
}

/** Nothing is invented for a query that found nothing: a near spelling is offered only when it finds something. */
function NoResults({ suggestion }: { suggestion?: string }) {
  const { t } = useTranslation('search');
  const lang = usePageLanguage();
  return (
    <>
      {suggestion && (
        <p className="did-you-mean">
          {t('didYouMean')}{' '}
          <Link to="/$lang/search" params={{ lang }} search={{ q: suggestion }}>
            <span lang={languageOfText(suggestion)}>{suggestion}</span>
          </Link>
        </p>
      )}
      <p>
        <Link to="/$lang/standards" params={{ lang }}>{t('browseInstead')}</Link>
      </p>
    </>
  );
}

/** ↓ from the search box enters the results, ↑/↓ move between them, Enter opens the focused one (it is a link). */
function useArrowKeysThroughResults(list: React.RefObject<HTMLOListElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('h2 a') ?? [])];
      if (links.length === 0) return;
      const active = document.activeElement;
      const at = links.findIndex((link) => link === active);
      const fromBox = active instanceof HTMLElement && active.id === SEARCH_INPUT_ID;
      if (at < 0 && !fromBox) return;
      event.preventDefault();
      if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)].focus();
      else if (at <= 0) document.getElementById(SEARCH_INPUT_ID)?.focus();
      else links[at - 1].focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [list]);
}
