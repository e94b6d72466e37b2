import type { SearchSource } from '../../src/domain/search/search-source.ts';

const SUFFIXES = [
  { zh: '（基础）', lo: ' (ພື້ນຖານ)', en: ' (foundation)' },
  { zh: '（提高）', lo: ' (ຂັ້ນສູງ)', en: ' (advanced)' },
  { zh: '（企业培训版）', lo: ' (ສະບັບຝຶກອົບຮົມວິສາຫະກິດ)', en: ' (enterprise training edition)' },
  { zh: '（中职版）', lo: ' (ສະບັບຊັ້ນກາງ)', en: ' (secondary edition)' },
] as const;

/**
 * A catalogue of `size` records made by varying the real ones: each copy keeps its base record's field and
 * language mix, gets a numbered, suffixed title, and keeps a different third of the base's passages, so texts
 * differ between copies and the body index is realistically large.
 */
export function syntheticSources(real: readonly SearchSource[], size: number): { sources: SearchSource[]; baseOf: Map<string, string> } {
  const sources: SearchSource[] = [];
  const baseOf = new Map<string, string>();
  for (let i = 0; i < size; i++) {
    const base = real[i % real.length];
    const copy = Math.floor(i / real.length);
    const suffix = SUFFIXES[copy % SUFFIXES.length];
    const id = copy === 0 ? base.id : `${base.id}-${String(copy).padStart(3, '0')}`;
    const titles = Object.fromEntries(
      Object.entries(base.titles).map(([lang, title]) => [lang, copy === 0 ? title : `${title}${suffix[lang as keyof typeof suffix]} ${copy}`]),
    );
    const passages = copy === 0 ? base.passages : base.passages.filter((_, j) => (j + copy) % 3 === 0);
    sources.push({ ...base, id, titles, passages });
    baseOf.set(id, base.id);
  }
  return { sources, baseOf };
}
