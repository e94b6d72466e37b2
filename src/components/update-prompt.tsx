import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker once the page is idle: its precaching downloads every record and the search
 * texts, which must not compete with the first view on a slow connection.
 */
export function UpdatePrompt() {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const done = () => setIdle(true);
    if ('requestIdleCallback' in window) {
      const handle = requestIdleCallback(done, { timeout: 5000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(done, 2000);
    return () => clearTimeout(timer);
  }, []);
  return idle ? <ServiceWorkerPrompt /> : null;
}

/**
 * A new deployment waits until the reader agrees to reload, instead of silently mixing old pages with new
 * code; the first visit also says when everything is ready for offline use.
 */
function ServiceWorkerPrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady],
    updateServiceWorker,
  } = useRegisterSW();
  // Ready for offline use: a quiet line at the foot of the page, not a box over the content.
  if (!needRefresh) return offlineReady ? <p className="offline-ready" role="status">{t('update.offlineReady')}</p> : null;
  return (
    <div className="update-prompt" role="status">
      <p>{t('update.available')}</p>
      <button type="button" onClick={() => void updateServiceWorker(true)}>
        {t('update.reload')}
      </button>
      <button type="button" onClick={() => setNeedRefresh(false)}>
        {t('update.dismiss')}
      </button>
    </div>
  );
}
