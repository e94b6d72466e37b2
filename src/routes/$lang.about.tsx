import { RouteError } from '../components/shell/route-error.tsx';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/shell/use-document-title.ts';
import { DISPLAY_STATES } from '../domain/translation/translation-state.ts';
import { summaries, vocabularies } from '../data/catalogue.ts';
import { countByCollection } from '../domain/record/collections.ts';
import { usePageLanguage } from '../components/shell/use-page-language.ts';
import { vocabularyLabel } from '../components/browse/vocabulary-label.ts';
import { PartnerList } from '../components/about/partner-list.tsx';
import { WorkStrands } from '../components/about/work-strands.tsx';

export const Route = createFileRoute('/$lang/about')({
  errorComponent: RouteError,
  component: AboutPage,
});

function AboutPage() {
  const { t } = useTranslation(['about', 'catalogue']);
  const lang = usePageLanguage();
  useDocumentTitle(t('about:title'));
  return (
    <article className="about prose">
      <h1>{t('about:title')}</h1>
      <p>{t('about:what')}</p>
      <h2 id="community">{t('about:communityHeading')}</h2>
      <p>{t('about:community')}</p>
      <h2 id="strands">{t('about:strandsHeading')}</h2>
      <p>{t('about:strandsIntro')}</p>
      <WorkStrands />
      <h2 id="collections">{t('about:collectionsHeading')}</h2>
      <dl className="collections">
        {countByCollection(summaries, vocabularies.collections).map(({ key, entry, count }) => (
          <div key={key}>
            <dt>
              {entry[lang]} <span className="count">({t('about:records', { count })})</span>
            </dt>
            <dd>
              {entry.description[lang]}
              {entry.certified ? <> {t('about:certifiedBy', { body: vocabularyLabel('bodies', entry.certified, lang) })}</> : <> {t('about:notCertified')}</>}
            </dd>
          </div>
        ))}
      </dl>
      <h2 id="partners">{t('about:partnersHeading')}</h2>
      <p>{t('about:partnersIntro')}</p>
      <PartnerList lang={lang} />
      <h2 id="provenance">{t('about:provenanceHeading')}</h2>
      <p>{t('about:provenance')}</p>
      <h2>{t('about:translationsHeading')}</h2>
      <p>{t('about:translations')}</p>
      <h2 id="states">{t('about:statesHeading')}</h2>
      <dl className="states">
        {DISPLAY_STATES.map((state) => (
          <div key={state}>
            <dt>
              <span className={`state state--${state}`}>{t(`catalogue:state.${state}`)}</span>
            </dt>
            <dd>{t(`about:state.${state}`)}</dd>
          </div>
        ))}
      </dl>
      <h2 id="downloads">{t('about:downloadsHeading')}</h2>
      <p>{t('about:downloads')}</p>
      <ul>
        <li>
          <a href={`${import.meta.env.BASE_URL}downloads/lao-course-standards.json`} download>
            {t('about:downloadJson')}
          </a>
        </li>
        <li>
          <a href={`${import.meta.env.BASE_URL}downloads/lao-course-standards.csv`} download>
            {t('about:downloadCsv')}
          </a>
        </li>
      </ul>
      <h2>{t('about:sourceHeading')}</h2>
      <p>{t('about:source')}</p>
    </article>
  );
}
