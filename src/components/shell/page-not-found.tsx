import { useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundMessage } from './not-found-message.tsx';
import { usePageLanguage } from './use-page-language.ts';

/** Not-found inside a language: /lo/nothing-here. */
export function PageNotFound() {
  const { t } = useTranslation('common');
  const lang = usePageLanguage();
  const path = useLocation({ select: (l) => l.pathname });
  return (
    <section className="not-found">
      <NotFoundMessage t={t} lang={lang} path={path} />
    </section>
  );
}
