import Fuse from 'fuse.js';
import type { SearchSource } from '../../src/domain/search/search-source.ts';

/** The set-up most projects start from: fuse.js over every text key with its default options. */
export function naiveEngine(sources: readonly SearchSource[]) {
  const docs = sources.map((s) => ({
    id: s.id,
    titleZh: s.titles.zh ?? '',
    titleLo: s.titles.lo ?? '',
    titleEn: s.titles.en ?? '',
    fieldZh: s.fieldLabels.zh,
    fieldLo: s.fieldLabels.lo,
    fieldEn: s.fieldLabels.en,
    passages: s.passages.map((p) => p.text),
  }));
  const fuse = new Fuse(docs, { keys: ['id', 'titleZh', 'titleLo', 'titleEn', 'fieldZh', 'fieldLo', 'fieldEn', 'passages'] });
  return (query: string) => fuse.search(query, { limit: 20 }).map((r) => r.item.id);
}
