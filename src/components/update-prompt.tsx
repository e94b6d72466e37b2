import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_NEWS, serviceWorkerNews } from '../boot/service-worker.ts';

const noNews = () => NO_NEWS;

/**
 * A new deployment waits until the reader agrees to reload, instead of silently mixing old pages with new
 * code; the first visit also says when everything is ready for offline use. The worker itself is registered
 * by the page's first script (boot.ts).
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const { offlineReady, updateWaiting } = useSyncExternalStore(serviceWorkerNews.subscribe, serviceWorkerNews.get, noNews);
  // Ready for offline use: a quiet line at the foot of the page, not a box over the content.
  if (!updateWaiting) return offlineReady ? <p className="offline-ready" role="status">{t('update.offlineReady')}</p> : null;
  return (
    <div className="update-prompt" role="status">
      <p>{t('update.available')}</p>
      <button type="button" onClick={serviceWorkerNews.acceptUpdate}>
        {t('update.reload')}
      </button>
      <button type="button" onClick={serviceWorkerNews.dismissUpdate}>
        {t('update.dismiss')}
      </button>
    </div>
  );
}
