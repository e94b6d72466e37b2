import { useTranslation } from 'react-i18next';
import { START_FAILED_ATTRIBUTE } from '../../domain/site/page-markers.ts';
import { OfflineSwitch } from './offline-switch.tsx';

export function SiteFooter() {
  const { t } = useTranslation();
  const startFailed = { [START_FAILED_ATTRIBUTE]: '' };
  return (
    <footer className="site-footer">
      {/* Shown by the page's first script (boot.ts) while the device is offline, with or without the app. */}
      <p className="offline-notice" aria-live="polite">
        {t('offline.notice')}
      </p>
      {/* Shown by the page's first script once everything is saved, without waiting for the app. */}
      <p className="offline-ready" aria-live="polite">
        {t('update.offlineReady')}
      </p>
      <OfflineSwitch />
      <p>{t('footer')}</p>
      {/* Shown by the first-view loader (src/boot) if the app cannot be started: the page is prerendered, so the
          notice is already in the page's language before any script runs. */}
      <p className="start-failed" role="status" hidden {...startFailed}>
        {t('startFailed')}
      </p>
    </footer>
  );
}
