import { useTranslation } from 'react-i18next';
import type { EntryAnchor, SectionLabelId, ShapeSection } from '../../domain/record/text-shape.ts';

/**
 * The headings a record's sections need, in the page language: a section's or a list's name, an entry's number
 * ("Unit 3", "Item 2") and its hours. The ids come from the text shapes; the locale-keys test holds every one of
 * them to a label in each language.
 */
export function useSectionHeadings() {
  const { t } = useTranslation('standard');
  return {
    label: (id: string) => t(`section.${id as SectionLabelId}`),
    entryNumber: (section: Extract<ShapeSection, { type: 'entries' }>, index: number) => t(`entry.${section.anchor as EntryAnchor}`, { number: index + 1 }),
    hours: (count: number) => t('unitHours', { count }),
  };
}
