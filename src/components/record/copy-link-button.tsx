import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies an address to the clipboard and says so; where the clipboard is unavailable, shows the address to copy. */
export function CopyLinkButton({ url, label, text }: { url: string; label: string; text?: string }) {
  const { t } = useTranslation('standard');
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  return (
    <span className="copy-link">
      <button
        type="button"
        className="copy-link__button"
        aria-label={label}
        title={label}
        onClick={() => {
          if (!navigator.clipboard) return setStatus('manual');
          navigator.clipboard.writeText(url).then(
            () => setStatus('copied'),
            () => setStatus('manual'),
          );
        }}
      >
        {text ?? t('share.copy')}
      </button>
      <span role="status" className="copy-link__status">
        {status === 'copied' && t('share.copied')}
        {status === 'manual' && <input readOnly value={url} aria-label={label} onFocus={(e) => e.target.select()} />}
      </span>
    </span>
  );
}
