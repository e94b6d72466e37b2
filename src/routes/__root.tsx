import { RouteError } from '../components/shell/route-error.tsx';
import { createRootRoute, Outlet } from '@tanstack/react-router';
import { UnknownLanguagePage } from '../components/shell/unknown-language-page.tsx';

export const Route = createRootRoute({
  errorComponent: RouteError,
  component: Outlet,
  notFoundComponent: UnknownLanguagePage,
});
