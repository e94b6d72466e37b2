import { RouteError } from '../components/route-error.tsx';
import { createRootRoute, Outlet } from '@tanstack/react-router';
import { UnknownLanguagePage } from '../components/unknown-language-page.tsx';

export const Route = createRootRoute({
  errorComponent: RouteError,
  component: Outlet,
  notFoundComponent: UnknownLanguagePage,
});
