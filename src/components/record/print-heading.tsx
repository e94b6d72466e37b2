import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseStandard } from '../../domain/record/schema.ts';
import { QrCode } from './qr-code.tsx';
import { useHydrated } from '../shell/use-hydrated.ts';
import { PRINT_FOOTER_ATTRIBUTE, PRINT_PAGES_ATTRIBUTE, PRINT_URL_ATTRIBUTE, syncPrintFooter } from './print-footer-sheet.ts';

/**
 * On paper only: the short link and its QR code on the first page, and the line every page's footer repeats
 * (id, version, date, short link, page N of M: see print-footer-sheet.ts).
 */
export function PrintHeading({ standard, shortUrl, withLink = true }: { standard: Pick<CourseStandard, 'id' | 'version' | 'issued'>; shortUrl: string; withLink?: boolean }) {
  const { t } = useTranslation('standard');
  const line = `${standard.id} · ${t('fact.version')} ${standard.version} · ${standard.issued}`;
  const pages = t('printPages');
  const hydrated = useHydrated();
  useEffect(() => syncPrintFooter(document), [line, shortUrl, pages]);
  return (
    <div className="print-heading" aria-hidden="true" {...{ [PRINT_FOOTER_ATTRIBUTE]: line, [PRINT_URL_ATTRIBUTE]: shortUrl, [PRINT_PAGES_ATTRIBUTE]: pages }}>
      {withLink && (
        <>
          <p>
            {t('share.shortLabel')}: {shortUrl}
          </p>
          {/* Loaded once the app runs, so the browser's own print command finds the code drawn. */}
          <QrCode text={shortUrl} label="" eager={hydrated} />
        </>
      )}
    </div>
  );
}
