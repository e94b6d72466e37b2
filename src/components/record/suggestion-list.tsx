import { Link } from '@tanstack/react-router';
import { pickLocalized } from '../../domain/text/localize.ts';
import { useSuggestions } from './use-suggestions.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';

/** The records nearest to what was asked for, under a heading; nothing at all when there are none. */
export function SuggestionList({ wanted, heading }: { wanted: string; heading: string }) {
  const lang = usePageLanguage();
  const suggestions = useSuggestions(wanted);
  if (suggestions.length === 0) return null;
  return (
    <>
      <h2 id="suggestions-heading">{heading}</h2>
      <ul aria-labelledby="suggestions-heading">
        {suggestions.map((s) => {
          const title = pickLocalized(s.titles, lang);
          return (
            <li key={s.id}>
              <Link to="/$lang/standards/$id" params={{ lang, id: s.id }}>
                {s.id} · <span lang={title?.lang}>{title?.value}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
