import { textsByLanguage } from '../../domain/record/schema.ts';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { isTargetLanguage } from '../../domain/translation/coverage-state.ts';
import { TextBlock, TextStateLegend, TextStatusContext } from './text-block.tsx';
import { useTranslation } from 'react-i18next';
import { pickLocalized } from '../../domain/text/localize.ts';
import type { ReaderStandard } from '../../domain/translation/reader-text-states.ts';
import { sectionsOf } from '../../domain/record/sections.ts';
import { useSectionHeadings } from './use-section-headings.ts';
import { CompareSwitch } from './compare-switch.tsx';
import { CopyLinkButton } from './copy-link-button.tsx';
import { HandoutView } from './handout-view.tsx';
import { KeyFacts } from './key-facts.tsx';
import { OnThisPage } from './on-this-page.tsx';
import { PairedSectionContent } from './paired-section-content.tsx';
import { PrintHeading } from './print-heading.tsx';
import { ShareBar } from './share-bar.tsx';
import { StandardRelations } from './standard-relations.tsx';
import { TranslationBanner } from './translation-banner.tsx';
import { SharePanel } from './share-panel.tsx';
import { useRecordUrls } from './use-record-urls.ts';
import { ReleaseHistory } from './release-history.tsx';
import { SectionContent } from './section-content.tsx';
import { StandardFacts } from './standard-facts.tsx';
import { useDocumentTitle } from '../shell/use-document-title.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';

const recordRoute = getRouteApi('/$lang/standards/$id');

export function StandardPage({ standard }: { standard: ReaderStandard }) {
  const { t } = useTranslation(['standard', 'common']);
  const lang = usePageLanguage();
  const { compare, text: markedText, handout } = recordRoute.useSearch();
  useScrollToMarkedText(markedText);
  const main = pickLocalized(textsByLanguage(standard), lang)!;
  const second = compare && compare !== lang ? pickLocalized(textsByLanguage(standard), compare) : undefined;
  useDocumentTitle(`${standard.id} ${main.value.title}`);
  const urls = useRecordUrls(lang, standard.id);
  const headings = useSectionHeadings();
  if (handout) return <HandoutView standard={standard} pair={handout} />;

  const showsTranslation = isTargetLanguage(main.lang) || (second !== undefined && isTargetLanguage(second.lang));
  return (
    <TextStatusContext.Provider value={{ states: standard.textStatus, marked: markedText }}>
    <article className={second ? 'standard standard--paired' : 'standard'}>
      <p className="breadcrumb">
        <Link to="/$lang/standards" params={{ lang }} activeOptions={{ exact: true, includeSearch: false }}>
          {t('standard:allStandards')}
        </Link>
      </p>
      <header className="standard__header">
        <p className="standard-id">{standard.id}</p>
        <h1 lang={main.lang}>
          <TextBlock as="span" path="title" lang={main.lang} showState={false}>
            {main.value.title}
          </TextBlock>
        </h1>
        {second && (
          <p className="standard__second-title" lang={second.lang}>
            <TextBlock as="span" path="title" lang={second.lang} showState={false}>
              {second.value.title}
            </TextBlock>
          </p>
        )}
      </header>
      {standard.supersededBy && (
        <p className="superseded-notice" role="note">
          <Link to="/$lang/standards/$id" params={{ lang, id: standard.supersededBy }}>
            {t('standard:supersededBy', { id: standard.supersededBy })}
          </Link>
        </p>
      )}
      {/* The site header says once that the records are illustrative; the facts below say it for this one. */}
      <KeyFacts standard={standard} />
      <ShareBar id={standard.id} title={main.value.title} />
      <PrintHeading standard={standard} shortUrl={urls.short} />
      {main.fallback && (
        <p className="fallback-marker" role="note">
          {t('standard:notTranslated', { language: t(`common:languageName.${lang}`), shown: t(`common:languageName.${main.lang}`) })}
        </p>
      )}
      <TranslationBanner standard={standard} shown={main.lang} pageUrl={urls.canonical} />
      {/* The reader may open it before the app takes over: React must not call that a mismatch. */}
      <details className="all-facts" suppressHydrationWarning>
        <summary>{t('standard:allFacts')}</summary>
        <StandardFacts standard={standard} />
      </details>
      {standard.aliases?.length ? <p className="former-ids">{t('standard:formerIds', { ids: standard.aliases.join(', ') })}</p> : null}
      <CompareSwitch current={compare} />
      {showsTranslation && standard.textStatus && <TextStateLegend />}
      <OnThisPage kind={standard.kind} />
      {sectionsOf(standard.kind).map((section) => (
        <section key={section.id} id={section.id} className="standard-section" aria-labelledby={`${section.id}-heading`}>
          <div className="section-heading">
            <h2 id={`${section.id}-heading`}>{headings.label(section.id)}</h2>
            <CopyLinkButton url={urls.shortSection(section.id)} label={t('standard:share.copySection', { section: headings.label(section.id) })} />
          </div>
          {second ? (
            <PairedSectionContent section={section} main={main} second={second} />
          ) : (
            <div lang={main.lang}>
              <SectionContent section={section} text={main.value} anchors lang={main.lang} />
            </div>
          )}
        </section>
      ))}
      <StandardRelations id={standard.id} />
      <ReleaseHistory history={standard.history} />
      <SharePanel standard={standard} title={main.value.title} titleLang={main.lang} />
    </article>
    </TextStatusContext.Provider>
  );
}

/** A reviewer sent to one text (`?text=units/2/requirements`) finds it in view, marked. */
function useScrollToMarkedText(path: string | undefined) {
  useEffect(() => {
    if (!path) return;
    // Compared as a value rather than put in a selector: nothing to escape (and jsdom has no CSS.escape).
    const frame = requestAnimationFrame(() => [...document.querySelectorAll('[data-text]')].find((el) => el.getAttribute('data-text') === path)?.scrollIntoView({ block: 'center' }));
    return () => cancelAnimationFrame(frame);
  }, [path]);
}
