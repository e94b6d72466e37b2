/** The glossary page's URL: `q`, the filter as typed (any text is safe; very long text is cut). */
export interface GlossaryQuery {
  q?: string;
}

/** Forgiving: a number reads as its digits, anything else that is not text reads as no filter. */
export function parseGlossaryQuery(search: Record<string, unknown>): GlossaryQuery {
  const q = typeof search.q === 'string' || typeof search.q === 'number' ? String(search.q).slice(0, 200) : undefined;
  return { q: q?.trim() ? q : undefined };
}
