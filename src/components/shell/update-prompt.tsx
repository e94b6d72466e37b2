import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_NEWS, serviceWorkerNews } from '../../offline/service-worker.ts';

const noNews = () => NO_NEWS;

/**
 * A new deployment waits until the reader agrees to reload, instead of silently mixing old pages with new
 * code. The worker itself is registered by the page's first script (boot.ts).
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const { updateWaiting } = useSyncExternalStore(serviceWorkerNews.subscribe, serviceWorkerNews.get, noNews);
  // Ready for offline use is a quiet line in the footer (site-footer.tsx), shown by the page's first script.
  if (!updateWaiting) return null;
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
