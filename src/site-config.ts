/**
 * Settings of the deployed site, in one place.
 *
 * `translationReportTarget`: where "report a translation problem" goes, an e-mail address (`mailto:…`) or a
 * web address (an issue form). Set it when building for deployment:
 * `VITE_TRANSLATION_REPORT_TARGET=mailto:someone@your.host npm run build` (Vite reads VITE_* variables).
 * The fallback is a reserved example address (example.org), so an unconfigured build is easy to spot.
 */
export const siteConfig = {
  translationReportTarget: (import.meta.env.VITE_TRANSLATION_REPORT_TARGET as string | undefined) || 'mailto:translations@example.org',
} as const;
