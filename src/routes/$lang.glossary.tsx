import { RouteError } from '../components/shell/route-error.tsx';
import { createFileRoute, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { glossary } from '../data/glossary.ts';
import { ConceptEntry } from '../components/terms/concept-entry.tsx';
import { GlossaryFilter } from '../components/terms/glossary-filter.tsx';
import { useDocumentTitle } from '../components/shell/use-document-title.ts';
import { usePageLanguage } from '../components/shell/use-page-language.ts';
import { vocabularyLabel } from '../components/browse/vocabulary-label.ts';
import { filterConcepts, groupConcepts, STRUCTURE_GROUP } from '../domain/terms/glossary-groups.ts';
import { parseGlossaryQuery } from '../domain/terms/glossary-query.ts';

export const Route = createFileRoute('/$lang/glossary')({
  errorComponent: RouteError,
  validateSearch: parseGlossaryQuery,
  component: GlossaryPage,
});

/** The termbase for readers and translators: every concept in three languages, by field, with the records that use it. */
function GlossaryPage() {
  const { t } = useTranslation(['glossary', 'coverage']);
  const lang = usePageLanguage();
  const { q } = Route.useSearch();
  useDocumentTitle(t('glossary:title'));
  // Orders made at build time, so the prerendered page and the app sort alike whatever collation the browser has.
  const order = glossary.orders[lang];
  const shown = filterConcepts(glossary.concepts, q);
  const groups = groupConcepts(shown, order.fields, lang, order.concepts);
  const groupLabel = (key: string) => (key === STRUCTURE_GROUP ? t('glossary:structure') : vocabularyLabel('fields', key, lang));

  return (
    <article className="glossary">
      <h1>{t('glossary:title')}</h1>
      <p className="lead">{t('glossary:intro')}</p>
      <GlossaryFilter filter={q} />
      <p role="status" className="glossary__count">
        {t('glossary:shown', { count: shown.length, total: glossary.concepts.length })}
      </p>
      {shown.length === 0 && q !== undefined && (
        <p>
          {t('glossary:noMatch', { filter: q })}{' '}
          <Link to="." search={{}}>
            {t('glossary:clearFilter')}
          </Link>
        </p>
      )}
      {groups.length > 1 && (
        <nav aria-label={t('glossary:groupsLabel')} className="glossary__groups">
          <ul>
            {groups.map(({ key, concepts }) => (
              <li key={key}>
                <a href={`#field-${key}`}>{groupLabel(key)}</a> ({concepts.length})
              </li>
            ))}
          </ul>
        </nav>
      )}
      {groups.map(({ key, concepts }) => (
        <section key={key} className="glossary__group" aria-labelledby={`field-${key}`}>
          <h2 id={`field-${key}`}>{groupLabel(key)}</h2>
          {concepts.map((concept) => (
            <ConceptEntry key={concept.id} concept={concept} usedBy={glossary.usage[concept.id] ?? []} lang={lang} />
          ))}
        </section>
      ))}
    </article>
  );
}
