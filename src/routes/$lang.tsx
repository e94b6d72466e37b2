import { createFileRoute, notFound, Outlet, rootRouteId } from '@tanstack/react-router';
import { SiteFooter } from '../components/site-footer';
import { SiteHeader } from '../components/site-header';
import { PageNotFound } from '../components/page-not-found';
import { useFocusHeadingOnNavigate } from '../components/use-focus-heading';
import { isLanguage } from '../domain/languages';
import { activateLanguage } from '../i18n/i18n';

export const Route = createFileRoute('/$lang')({
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
    </>
  );
}
