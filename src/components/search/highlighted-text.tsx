import type { Snippet } from '../../domain/search/snippet.ts';

/** A snippet in its own language with the matched characters marked. */
export function HighlightedText({ snippet }: { snippet: Snippet }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  snippet.ranges.forEach(([start, end], i) => {
    if (start < at) return;
    parts.push(snippet.text.slice(at, start));
    parts.push(<mark key={i}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  });
  parts.push(snippet.text.slice(at));
  return <span lang={snippet.lang}>{parts}</span>;
}
