import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from './qr-code.tsx';

/** A button that shows the short link's QR code filling the screen, large enough for a projector. */
export function QrProjector({ url }: { url: string }) {
  const { t } = useTranslation('standard');
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="share-bar__button"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t('share.showQr')}
      </button>
      <dialog ref={dialog} className="qr-projector" aria-labelledby="qr-projector-url" onClose={() => setOpen(false)}>
        {open && <QrCode text={url} label={t('share.qr', { url })} eager />}
        <p id="qr-projector-url" className="qr-projector__url">
          {url}
        </p>
        <form method="dialog">
          <button type="submit" className="share-bar__button">
            {t('share.closeQr')}
          </button>
        </form>
      </dialog>
    </>
  );
}
