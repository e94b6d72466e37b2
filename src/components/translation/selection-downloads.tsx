import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextSelection } from '../../domain/translation/text-selection.ts';

type Format = 'csv' | 'xliff';

/** Writes the file in the browser with the command line's own code, then hands it to the browser as a download. */
async function download(selection: TextSelection, format: Format) {
  const [{ default: standards, termbase }, { selectionCsv, selectionXliff }] = await Promise.all([
    import('../../data/translation-records.ts').then(({ loadTranslationRecords }) => loadTranslationRecords()),
    import('../../domain/translation/text-selection.ts'),
  ]);
  const content = format === 'csv' ? selectionCsv(standards, selection) : await selectionXliff(standards, selection, termbase);
  if (content === undefined) return;
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/xliff+xml;charset=utf-8';
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = selectionFileName(selection, format);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const selectionFileName = (selection: TextSelection, format: Format): string =>
  ['translation', selection.lang, selection.collection, selection.field, ...(selection.states ?? [])].filter(Boolean).join('-') + (format === 'csv' ? '.csv' : '.xlf');

/** "Download these texts": CSV and XLIFF of exactly what the list shows, and the command that writes the same. */
export function SelectionDownloads({ selection, commands }: { selection: TextSelection; commands: Record<Format, string> }) {
  const { t } = useTranslation('coverage');
  const [busy, setBusy] = useState<Format | undefined>();
  const start = (format: Format) => {
    setBusy(format);
    void download(selection, format).finally(() => setBusy(undefined));
  };
  return (
    <div className="selection-downloads">
      <p>
        {t('queue.downloads')}{' '}
        <button type="button" onClick={() => start('csv')} disabled={busy !== undefined} data-format="csv">
          {t('queue.csv')}
        </button>{' '}
        <button type="button" onClick={() => start('xliff')} disabled={busy !== undefined} data-format="xliff">
          {t('queue.xliff')}
        </button>
        {busy && <span role="status"> {t('queue.preparing')}</span>}
      </p>
      <details className="selection-downloads__commands">
        <summary>{t('queue.command')}</summary>
        <pre lang="en">
          <code>{`${commands.csv}\n${commands.xliff}`}</code>
        </pre>
      </details>
    </div>
  );
}
