import { useLocation } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { LANGUAGES } from '../../domain/text/languages.ts';
import { i18n } from '../../i18n/i18n.ts';
import { NotFoundMessage } from './not-found-message.tsx';

/**
 * Shown when the first path segment is not a language we have (e.g. /fr/standards or /LCS-01):
 * we cannot know the reader's language, so it speaks all three and links to each.
 */
export function UnknownLanguagePage() {
  const path = useLocation({ select: (l) => l.pathname });
  const [ready, setReady] = useState(() => LANGUAGES.every((lang) => i18n.hasResourceBundle(lang, 'common')));
  useEffect(() => {
    if (!ready) void i18n.loadLanguages([...LANGUAGES]).then(() => setReady(true));
  }, [ready]);
  if (!ready) return null;
  return (
    <main id="main" className="unknown-language">
      {LANGUAGES.map((lang) => {
        const t = i18n.getFixedT(lang, 'common');
        return (
          <section key={lang} lang={lang}>
            <NotFoundMessage t={t} lang={lang} path={path} />
          </section>
        );
      })}
    </main>
  );
}
