import type { Sort } from '../url/browse-query.ts';
import { compareIds } from '../record/catalogue.ts';
import type { Language } from '../text/languages.ts';
import { pickLocalized } from '../text/localize.ts';
import type { StandardSummary } from '../record/summary.ts';

/** Records that are not taught (inspection standards) have no hours: they sort last. */
const totalHours = (s: StandardSummary) => (s.hours ? s.hours.theory + s.hours.practice : -1);

/** Sorts a copy: by id, by title in the page language (its own collation rules), or by total hours, most first. */
export function sortStandards(standards: readonly StandardSummary[], sort: Sort, lang: Language): StandardSummary[] {
  const copy = [...standards];
  if (sort === 'id') return copy.sort((a, b) => compareIds(a.id, b.id));
  if (sort === 'hours') return copy.sort((a, b) => totalHours(b) - totalHours(a) || compareIds(a.id, b.id));
  const collator = new Intl.Collator(lang);
  const title = (s: StandardSummary) => pickLocalized(s.titles, lang)?.value ?? s.id;
  return copy.sort((a, b) => collator.compare(title(a), title(b)) || compareIds(a.id, b.id));
}
