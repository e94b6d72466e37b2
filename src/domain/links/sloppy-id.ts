/**
 * An id as people type it from a slide or a handout: `LCS5`, `lcs-5`, `lcs 05`, `LCS_05`, `lcs%2005`, full-width
 * letters, any collection's prefix (2 to 5 letters). Returns the id in its one written form (`LCS-05`), or undefined for anything that is not shaped like
 * an id. Whether a record has that id is the catalogue's question, not this one's.
 */
export function canonicalId(typed: string): string | undefined {
  let text = typed.slice(0, 40);
  try {
    text = decodeURIComponent(text);
  } catch {
    // A stray % is just a character: keep the text as typed.
  }
  const compact = text.normalize('NFKC').toUpperCase().replace(/[\s\-_.–—]+/g, '');
  const match = /^([A-Z]{2,5})0*(\d{1,2})$/.exec(compact);
  return match ? `${match[1]}-${match[2].padStart(2, '0')}` : undefined;
}
