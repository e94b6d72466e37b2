/** The parts of a citation line; the wording and order come from the page language's pattern. */
export interface CitationParts {
  institution: string;
  title: string;
  id: string;
  version: string;
  date: string;
  url: string;
}

/** Fills a pattern such as "{{institution}}. {{title}} ({{id}}) …" (the i18n strings hold one per language). */
export function formatCitation(pattern: string, parts: CitationParts): string {
  return pattern.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in parts ? parts[key as keyof CitationParts] : whole));
}
