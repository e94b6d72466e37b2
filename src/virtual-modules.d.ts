/// <reference types="vite-plugin-pwa/client" />
declare module 'virtual:catalogue' {
  import type { StandardSummary } from '@/domain/summary';
  import type { Vocabularies } from '@/domain/catalogue';
  import type { CourseStandard } from '@/domain/schema';
  export const summaries: StandardSummary[];
  export const vocabularies: Vocabularies;
  export const loaders: Record<string, () => Promise<CourseStandard>>;
}

declare module 'virtual:search-sources' {
  import type { SearchSource } from '@/domain/search/search-source';
  const sources: SearchSource[];
  export default sources;
}

declare module 'virtual:coverage' {
  import type { CoverageReport } from '@/domain/coverage';
  const report: CoverageReport;
  export default report;
}
