import { createFileRoute, notFound, redirect } from '@tanstack/react-router';
import { loaders, summaries } from 'virtual:catalogue';
import { StandardNotFound } from '../components/standard-not-found.tsx';
import { StandardPage } from '../components/standard-page.tsx';
import { findStandard } from '../domain/catalogue.ts';
import { parseRecordQuery } from '../domain/record-query.ts';

export const Route = createFileRoute('/$lang/standards/$id')({
  validateSearch: parseRecordQuery,
  loader: async ({ params, location }) => {
    const summary = findStandard(summaries, params.id);
    if (!summary) throw notFound();
    // lcs-01 or a former id: send the reader to the one canonical address, keeping query and #section.
    if (summary.id !== params.id) {
      throw redirect({ to: '/$lang/standards/$id', params: { lang: params.lang, id: summary.id }, search: true, hash: location.hash || undefined, replace: true });
    }
    return { standard: await loaders[summary.id]() };
  },
  component: RecordRoute,
  notFoundComponent: StandardNotFound,
});

function RecordRoute() {
  const { standard } = Route.useLoaderData();
  return <StandardPage standard={standard} />;
}
