/** The search page's URL: `q`, the query as typed (any text is safe; very long text is cut). */
export interface SearchQuery {
  q?: string;
}

export function parseSearchQuery(search: Record<string, unknown>): SearchQuery {
  const q = typeof search.q === 'string' || typeof search.q === 'number' ? String(search.q).slice(0, 500) : undefined;
  return { q: q?.trim() ? q : undefined };
}
