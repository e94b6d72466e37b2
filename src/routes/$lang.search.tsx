import { RouteError } from '../components/shell/route-error.tsx';
import { createFileRoute } from '@tanstack/react-router';
import { SearchResults } from '../components/search/search-results.tsx';
import { parseSearchQuery } from '../domain/url/search-query.ts';

export const Route = createFileRoute('/$lang/search')({
  errorComponent: RouteError,
  validateSearch: parseSearchQuery,
  component: SearchPage,
});

function SearchPage() {
  const { q } = Route.useSearch();
  return <SearchResults query={q ?? ''} />;
}
