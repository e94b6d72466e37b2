import { RouteError } from '../components/shell/route-error.tsx';
import { createFileRoute, Link } from '@tanstack/react-router';
import { summaries, vocabularies } from '../data/catalogue.ts';
import { useTranslation } from 'react-i18next';
import { countByCollection } from '../domain/record/collections.ts';
import { useDocumentTitle } from '../components/shell/use-document-title.ts';
import { usePageLanguage } from '../components/shell/use-page-language.ts';

export const Route = createFileRoute('/$lang/')({
  errorComponent: RouteError,
  component: HomePage,
});

function HomePage() {
  const lang = usePageLanguage();
  const { t } = useTranslation(['home', 'catalogue']);
  useDocumentTitle(t('home:title'));
  return (
    <article className="home">
      <h1>{t('home:title')}</h1>
      <p className="lead">{t('home:intro')}</p>
      <p className="provenance-note">{t('home:illustrative')}</p>
      <h2>{t('home:collectionsHeading')}</h2>
      <ul className="collection-cards">
        {countByCollection(summaries, vocabularies.collections).map(({ key, entry, count }) => (
          <li key={key}>
            <Link to="/$lang/standards" params={{ lang }} search={{ collection: key }}>
              <strong>{entry[lang]}</strong>
              <span className="count">{t('home:records', { count })}</span>
            </Link>
            <p>{entry.description[lang]}</p>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/$lang/standards" params={{ lang }} className="button">
          {t('home:browseAll', { count: summaries.length })}
        </Link>
      </p>
    </article>
  );
}
