// Translation coverage as the coverage page shows it, computed at build time (src/node/vite/catalogue-plugin.ts):
// the report and, per language, the texts to review next.
export { default as coverageReport } from 'virtual:coverage';
export { default as reviewQueues } from 'virtual:review-queue';
export { default as termFindings } from 'virtual:term-findings';
