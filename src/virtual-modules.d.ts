/// <reference types="vite-plugin-pwa/client" />
declare module 'virtual:catalogue' {
  import type { StandardSummary } from '@/domain/record/summary';
  import type { Vocabularies } from '@/domain/record/catalogue';
  import type { ReaderStandard } from '@/domain/translation/reader-text-states';
  export const summaries: StandardSummary[];
  export const vocabularies: Vocabularies;
  export const loaders: Record<string, () => Promise<ReaderStandard>>;
}

declare module 'virtual:review-queue' {
  import type { QueueItem } from '@/domain/translation/review-queue';
  const queues: Record<'lo' | 'en', QueueItem[]>;
  export default queues;
}

declare module 'virtual:translation-records' {
  import type { CourseStandard } from '@/domain/record/schema';
  import type { Concept } from '@/domain/terms/glossary-schema';
  const standards: CourseStandard[];
  export default standards;
  /** The termbase's concepts, for the XLIFF download's Glossary module. */
  export const termbase: Concept[];
}

declare module 'virtual:search-sources' {
  import type { SearchSource } from '@/domain/search/search-source';
  import type { Glossary } from '@/domain/terms/glossary-schema';
  const sources: SearchSource[];
  export default sources;
  /** The termbase's forms, for expanding a query through the glossary. */
  export const glossary: Glossary;
}

declare module 'virtual:coverage' {
  import type { CoverageReport } from '@/domain/translation/coverage';
  const report: CoverageReport;
  export default report;
}

declare module 'virtual:glossary' {
  import type { Concept } from '@/domain/terms/glossary-schema';
  import type { GlossaryOrder } from '@/domain/terms/glossary-groups';
  /** Concepts sorted by id; usage: concept id → ids of the records that use it; the page's orders per language. */
  const glossary: { concepts: Concept[]; usage: Record<string, string[]>; orders: Record<'zh' | 'lo' | 'en', GlossaryOrder> };
  export default glossary;
}

declare module 'virtual:term-findings' {
  import type { RecordFindings } from '@/domain/terms/findings-by-record';
  const findings: RecordFindings[];
  export default findings;
}
