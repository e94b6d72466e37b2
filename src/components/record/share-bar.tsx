import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { HANDOUT_PAIRS } from '../../domain/print/handout-pairs.ts';
import { CopyLinkButton } from './copy-link-button.tsx';
import { usePageLanguage } from '../shell/use-page-language.ts';
import { useRecordUrls } from './use-record-urls.ts';
import { QrProjector } from './qr-projector.tsx';

const recordRoute = getRouteApi('/$lang/standards/$id');

/**
 * A trainer's actions near the top of a record: the short link (it opens in each reader's language) to copy or
 * share, its QR code for a projector, and a handout in two languages.
 */
export function ShareBar({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation('standard');
  const lang = usePageLanguage();
  const urls = useRecordUrls(lang, id);
  const { compare } = recordRoute.useSearch();
  return (
    <div className="share-bar" role="group" aria-label={t('share.barLabel')}>
      <p className="share-bar__short">
        {t('share.shortLabel')}: <a href={urls.short}>{urls.short}</a>
      </p>
      <CopyLinkButton url={urls.short} label={t('share.copyShort')} text={t('share.copyShortButton')} />
      {/* Shown only where the device has a share sheet: the first script marks <html data-can-share> (boot.ts). */}
      <button type="button" className="share-bar__button share-bar__system" onClick={() => void navigator.share?.({ title: `${id} ${title}`, url: urls.short }).catch(() => undefined)}>
        {t('share.system')}
      </button>
      <QrProjector url={urls.short} />
      <details className="handout-picker">
        <summary>{t('handout.open')}</summary>
        <ul>
          {HANDOUT_PAIRS.map((pair) => (
            <li key={pair}>
              <Link to="/$lang/standards/$id" params={{ lang, id }} search={{ compare, handout: pair }}>
                {t(`handout.pair.${pair}`)}
              </Link>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
