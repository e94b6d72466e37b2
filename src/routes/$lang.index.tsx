import { RouteError } from '../components/shell/route-error.tsx';
import { createFileRoute, Link } from '@tanstack/react-router';
import { summaries } from '../data/catalogue.ts';
import { useTranslation } from 'react-i18next';
import { COLLECTIONS } from '../domain/record/record-enums.ts';
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
        {COLLECTIONS.map((collection) => {
          const count = summaries.filter((s) => s.collection === collection).length;
          return (
            <li key={collection}>
              <Link to="/$lang/standards" params={{ lang }} search={{ collection }}>
                <strong>{t(`catalogue:collection.${collection}`)}</strong>
                <span className="count">{t('home:records', { count })}</span>
              </Link>
              <p>{t(`catalogue:collectionDescription.${collection}`)}</p>
            </li>
          );
        })}
      </ul>
      <p>
        <Link to="/$lang/standards" params={{ lang }} className="button">
          {t('home:browseAll', { count: summaries.length })}
        </Link>
      </p>
    </article>
  );
}
