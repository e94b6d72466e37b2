// Every record's texts and translation states, for the coverage page's downloads (CSV, XLIFF): loaded only when a
// download is asked for, so the page itself stays small.
export const loadTranslationRecords = () => import('virtual:translation-records');
