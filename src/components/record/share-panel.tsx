import { useTranslation } from 'react-i18next';
import { formatCitation } from '../../domain/links/citation.ts';
import type { CourseStandard } from '../../domain/record/schema.ts';
import { CopyLinkButton } from './copy-link-button.tsx';
import { PREPARE_PRINT_EVENT, QrCode } from './qr-code.tsx';
import { useRecordUrls } from './use-record-urls.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';
import { vocabularyLabel } from '../browse/vocabulary-label.ts';

/** Copy link, QR code of the short link, a citation line in the page language, and print. */
export function SharePanel({ standard, title, titleLang }: { standard: CourseStandard; title: string; titleLang: string }) {
  const { t } = useTranslation('standard');
  const lang = usePageLanguage();
  const urls = useRecordUrls(lang, standard.id);
  const citation = formatCitation(t('share.citation'), {
    institution: vocabularyLabel('partners', 'cqcvc', lang),
    title,
    id: standard.id,
    version: standard.version,
    date: standard.issued,
    url: urls.canonical,
  });
  return (
    <section className="share-panel" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('share.heading')}</h2>
      <div className="share-panel__body">
        <div>
          <p className="share-panel__url">
            <a href={urls.canonical}>{urls.canonical}</a> <CopyLinkButton url={urls.canonical} label={t('share.copyRecord')} />
          </p>
          <p className="share-panel__short">
            {t('share.shortLink')}: <a href={urls.short}>{urls.short}</a>
          </p>
          <h3>{t('share.citationHeading')}</h3>
          <p className="citation">
            <span lang={titleLang === lang ? undefined : lang}>{citation}</span>
          </p>
          <button type="button" className="print-button" onClick={() => void printWithQrCodes()}>
            {t('share.print')}
          </button>
        </div>
        <QrCode text={urls.short} label={t('share.qr', { url: urls.short })} />
      </div>
    </section>
  );
}

/** Renders the QR codes (loaded lazily) before opening the print dialog, so the printout carries them. */
export async function printWithQrCodes() {
  window.dispatchEvent(new Event(PREPARE_PRINT_EVENT));
  await import('../../domain/links/qr-matrix.ts');
  await new Promise((resolve) => setTimeout(resolve, 50));
  window.print();
}
