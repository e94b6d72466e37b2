import { textsByLanguage } from '../../domain/record/schema.ts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { pickLocalized } from '../../domain/text/localize.ts';
import { HANDOUT_PAIRS, handoutTextState, pairLanguages, type HandoutPair } from '../../domain/print/handout-pairs.ts';
import { sectionsOf } from '../../domain/record/sections.ts';
import { useSectionHeadings } from './use-section-headings.ts';
import type { ReaderStandard } from '../../domain/translation/reader-text-states.ts';
import { QrCode } from './qr-code.tsx';
import { printWithQrCodes } from './share-panel.tsx';
import { useHydrated } from '../shell/use-hydrated.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';
import { useRecordUrls } from './use-record-urls.ts';
import { PairedSectionContent } from './paired-section-content.tsx';
import { PrintHeading } from './print-heading.tsx';
import { TextStatusContext } from './text-block.tsx';

/**
 * A handout in two languages, paired paragraph by paragraph, for a trainer to print: what each language's text is
 * (source, machine translation…), that the record is illustrative, and the short link with its QR code come first.
 * The page prints the same from its Print button and from the browser's own print command.
 */
export function HandoutView({ standard, pair }: { standard: ReaderStandard; pair: HandoutPair }) {
  const { t } = useTranslation(['standard', 'common']);
  const lang = usePageLanguage();
  const urls = useRecordUrls(lang, standard.id);
  const hydrated = useHydrated();
  const headings = useSectionHeadings();
  const [first, second] = pairLanguages(pair).map((wanted) => ({ wanted, shown: pickLocalized(textsByLanguage(standard), wanted)! }));
  return (
    <TextStatusContext.Provider value={{ states: standard.textStatus, marked: undefined }}>
      <article className="standard handout" data-handout={pair}>
        <nav className="handout__tools" aria-label={t('standard:handout.tools')}>
          <Link to="/$lang/standards/$id" params={{ lang, id: standard.id }} search={{}}>
            {t('standard:handout.back')}
          </Link>
          <ul className="handout__pairs">
            {HANDOUT_PAIRS.map((other) => (
              <li key={other}>
                <Link to="/$lang/standards/$id" params={{ lang, id: standard.id }} search={{ handout: other }} aria-current={other === pair ? 'page' : undefined}>
                  {t(`standard:handout.pair.${other}`)}
                </Link>
              </li>
            ))}
          </ul>
          <button type="button" className="print-button" onClick={() => void printWithQrCodes()}>
            {t('standard:handout.print')}
          </button>
        </nav>
        <header className="handout__header">
          <div>
            <p className="standard-id">
              {standard.id} · {t('standard:fact.version')} {standard.version} · {standard.issued}
            </p>
            <h1>
              <span lang={first.shown.lang}>{first.shown.value.title}</span>
            </h1>
            <p className="handout__second-title" lang={second.shown.lang}>
              {second.shown.value.title}
            </p>
            <ul className="handout__states">
              {[first, second].map(({ wanted }) => (
                <li key={wanted} data-lang-state={wanted}>
                  {t('standard:handout.stateLine', {
                    language: t(`common:languageName.${wanted}`),
                    state: t(`standard:handout.state.${handoutTextState(standard, wanted)}`),
                  })}
                </li>
              ))}
            </ul>
            <p className="handout__provenance">{t('standard:illustrative')}</p>
            <p className="handout__short">
              {t('standard:share.shortLabel')}: <a href={urls.short}>{urls.short}</a>
            </p>
          </div>
          <QrCode text={urls.short} label={t('standard:share.qr', { url: urls.short })} eager={hydrated} />
        </header>
        {sectionsOf(standard.kind).map((section) => (
          <section key={section.id} className="standard-section handout__section" aria-labelledby={`${section.id}-heading`}>
            <h2 id={`${section.id}-heading`}>{headings.label(section.id)}</h2>
            <PairedSectionContent section={section} main={first.shown} second={second.shown} />
          </section>
        ))}
        <PrintHeading standard={standard} shortUrl={urls.short} withLink={false} />
      </article>
    </TextStatusContext.Provider>
  );
}
