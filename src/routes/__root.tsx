import { createRootRoute, Outlet } from '@tanstack/react-router';
import { UnknownLanguagePage } from '../components/unknown-language-page.tsx';

export const Route = createRootRoute({
  component: Outlet,
  notFoundComponent: UnknownLanguagePage,
});
