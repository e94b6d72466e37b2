import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { summaries } from '../../data/catalogue.ts';
import type { BrowseQuery, FacetName } from '../../domain/url/browse-query.ts';
import { facetCounts } from '../../domain/browse/facets.ts';
import type { Language } from '../../domain/text/languages.ts';
import { LEVELS } from '../../domain/record/record-enums.ts';
import { collectionOrder } from '../../data/collections.ts';
import { DISPLAY_STATES } from '../../domain/translation/translation-state.ts';
import { useFacetValueLabel } from './use-facet-value-label.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';
import { vocabularyLabel } from './vocabulary-label.ts';

/** One facet: every value with its count given the other filters; the chosen one is marked current. */
export function FacetList({ facet, query }: { facet: FacetName; query: BrowseQuery }) {
  const { t } = useTranslation(['browse', 'common']);
  const lang = usePageLanguage();
  const counts = facetCounts(summaries, query, facet, lang);
  const values = facetValueOrder(facet, counts, lang);
  const valueLabel = useFacetValueLabel();
  const label = (value: string) => valueLabel(facet, value);
  const chosen = query[facet];

  return (
    <section className="facet">
      <h3 id={`facet-${facet}`}>{t(`browse:facet.${facet}`, { language: t(`common:languageName.${lang}`) })}</h3>
      <ul aria-labelledby={`facet-${facet}`}>
        <li>
          <Link to="." search={(prev: BrowseQuery) => ({ ...prev, [facet]: undefined })} resetScroll={false} activeOptions={{ exact: true }} aria-current={chosen === undefined ? 'page' : undefined}>
            {t('browse:any')}
          </Link>
        </li>
        {values.map((value) => {
          const count = counts.get(value) ?? 0;
          return (
            <li key={value}>
              {/* A value that would show nothing is not offered as a link. */}
              {count === 0 && chosen !== value ? (
                <span className="facet__empty">
                  {label(value)} <span className="count">(0)</span>
                </span>
              ) : (
                <Link
                  to="."
                  search={(prev: BrowseQuery) => ({ ...prev, [facet]: value })}
                  resetScroll={false}
                  activeOptions={{ exact: true }}
                  aria-current={chosen === value ? 'page' : undefined}
                >
                  {label(value)} <span className="count">({count})</span>
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function facetValueOrder(facet: FacetName, counts: Map<string, number>, lang: Language): string[] {
  if (facet === 'collection') return collectionOrder;
  if (facet === 'level') return [...LEVELS];
  if (facet === 'state') return DISPLAY_STATES.filter((s) => counts.has(s));
  const collator = new Intl.Collator(lang);
  const vocabulary = facet === 'field' ? 'fields' : 'partners';
  return [...counts.keys()].sort((a, b) => collator.compare(vocabularyLabel(vocabulary, a, lang), vocabularyLabel(vocabulary, b, lang)));
}
