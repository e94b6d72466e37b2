import { RouteError } from '../components/route-error.tsx';
import { createFileRoute, notFound, Outlet, rootRouteId } from '@tanstack/react-router';
import { SiteFooter } from '../components/site-footer.tsx';
import { SiteHeader } from '../components/site-header.tsx';
import { UpdatePrompt } from '../components/update-prompt.tsx';
import { PageNotFound } from '../components/page-not-found.tsx';
import { useFocusHeadingOnNavigate } from '../components/use-focus-heading.ts';
import { isLanguage } from '../domain/languages.ts';
import { activateLanguage } from '../i18n/i18n.ts';

export const Route = createFileRoute('/$lang')({
  errorComponent: RouteError,
  beforeLoad: async ({ params }) => {
    if (!isLanguage(params.lang)) throw notFound({ routeId: rootRouteId });
    await activateLanguage(params.lang);
    return { lang: params.lang };
  },
  component: LanguageLayout,
  notFoundComponent: PageNotFound,
});

function LanguageLayout() {
  useFocusHeadingOnNavigate();
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
