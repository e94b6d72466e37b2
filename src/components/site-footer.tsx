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
      <OfflineSwitch />
      <p>{t('footer')}</p>
    </footer>
  );
}
