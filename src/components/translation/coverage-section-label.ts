import { useTranslation } from 'react-i18next';
import type { CoverageSection } from '../../domain/record/text-paths.ts';

/** A section's name as the record page shows it; the title is not a page section, so it has its own label. */
export function useSectionLabel(): (section: CoverageSection) => string {
  const { t } = useTranslation(['coverage', 'standard']);
  return (section) => (section === 'title' ? t('coverage:section.title') : t(`standard:section.${section}`));
}
