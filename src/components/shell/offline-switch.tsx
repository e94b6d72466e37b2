import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseOffline, keepsOffline, subscribeOfflineChoice } from '../../offline/offline-choice.ts';

/** The build cannot know the reader's choice: the prerendered switch shows the default, the app the choice. */
const defaultChoice = () => true;

/** "Keep for offline use", on or off, with one line saying what it costs; a button, so a tap made before the app loads is replayed. */
export function OfflineSwitch() {
  const { t } = useTranslation();
  const keep = useSyncExternalStore(subscribeOfflineChoice, keepsOffline, defaultChoice);
  return (
    <div className="offline-choice">
      <button type="button" role="switch" aria-checked={keep} aria-describedby="offline-explain" className="offline-choice__switch" onClick={() => chooseOffline(!keep)}>
        <span className="offline-choice__track" aria-hidden="true" />
        {t('offline.keep')}
      </button>
      <p id="offline-explain" className="offline-choice__explain">
        {t('offline.explain')}
      </p>
    </div>
  );
}
