import { useTranslation } from 'react-i18next';
import { OfflineSwitch } from './shell/offline-switch.tsx';

export function SiteFooter() {
  const { t } = useTranslation();
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
    </footer>
  );
}
