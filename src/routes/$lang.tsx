import { RouteError } from '../components/shell/route-error.tsx';
import { createFileRoute, notFound, Outlet, rootRouteId } from '@tanstack/react-router';
import { SiteFooter } from '../components/shell/site-footer.tsx';
import { SiteHeader } from '../components/shell/site-header.tsx';
import { UpdatePrompt } from '../components/shell/update-prompt.tsx';
import { PageNotFound } from '../components/shell/page-not-found.tsx';
import { useKeepReadingPlace } from '../components/shell/use-keep-reading-place.ts';
import { useFocusHeadingOnNavigate } from '../components/shell/use-focus-heading.ts';
import { isLanguage } from '../domain/text/languages.ts';
import { activateLanguage, preloadLanguage } from '../i18n/i18n.ts';

export const Route = createFileRoute('/$lang')({
  errorComponent: RouteError,
  beforeLoad: async ({ params, preload }) => {
    if (!isLanguage(params.lang)) throw notFound({ routeId: rootRouteId });
    // A preload (the pointer over a language link, a finger touching it) fetches the texts only: the interface
    // language and <html lang> change when the navigation itself runs, together with the address.
    if (preload) await preloadLanguage(params.lang);
    else await activateLanguage(params.lang);
    return { lang: params.lang };
  },
  component: LanguageLayout,
  notFoundComponent: PageNotFound,
});

function LanguageLayout() {
  useFocusHeadingOnNavigate();
  useKeepReadingPlace();
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
      <UpdatePrompt />
    </>
  );
}
