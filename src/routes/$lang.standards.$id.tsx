import { RouteError } from '../components/shell/route-error.tsx';
import { createFileRoute, notFound, redirect } from '@tanstack/react-router';
import { loaders, summaries } from '../data/catalogue.ts';
import { PageNotFound } from '../components/shell/page-not-found.tsx';
import { StandardNotFound } from '../components/record/standard-not-found.tsx';
import { StandardPage } from '../components/record/standard-page.tsx';
import { findStandard } from '../domain/record/catalogue.ts';
import { parseRecordQuery } from '../domain/url/record-query.ts';

const EXTRA_SEGMENTS = 'extra-segments';

export const Route = createFileRoute('/$lang/standards/$id')({
  errorComponent: RouteError,
  validateSearch: parseRecordQuery,
  loader: async ({ params, location }) => {
    // The router matches /en/standards/LCS-01/extra to this route too; such an address is not the record's.
    if ((location.pathname.split('/standards/')[1] ?? '').split('/').filter(Boolean).length > 1) throw notFound({ data: EXTRA_SEGMENTS });
    const summary = findStandard(summaries, params.id);
    if (!summary) throw notFound();
    // lcs-01 or a former id: send the reader to the one canonical address, keeping query and #section.
    if (summary.id !== params.id) {
      throw redirect({ to: '/$lang/standards/$id', params: { lang: params.lang, id: summary.id }, search: true, hash: location.hash || undefined, replace: true });
    }
    return { standard: await loaders[summary.id]() };
  },
  component: RecordRoute,
  notFoundComponent: ({ data }) => (data === EXTRA_SEGMENTS ? <PageNotFound /> : <StandardNotFound />),
});

function RecordRoute() {
  const { standard } = Route.useLoaderData();
  return <StandardPage standard={standard} />;
}
