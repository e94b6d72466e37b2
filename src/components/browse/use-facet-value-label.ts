import { useTranslation } from 'react-i18next';
import type { FacetName } from '../../domain/url/browse-query.ts';
import type { Level } from '../../domain/record/record-enums.ts';
import type { DisplayState } from '../../domain/translation/translation-state.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';
import { vocabularyLabel } from './vocabulary-label.ts';

/** The name a facet value shows in the page language: in the filter lists and on the active-filter chips. */
export function useFacetValueLabel(): (facet: FacetName, value: string) => string {
  const { t } = useTranslation('catalogue');
  const lang = usePageLanguage();
  return (facet, value) => {
    switch (facet) {
      case 'collection':
        return vocabularyLabel('collections', value, lang);
      case 'level':
        return t(`level.${value as Level}`);
      case 'state':
        return t(`state.${value as DisplayState}`);
      case 'field':
        return vocabularyLabel('fields', value, lang);
      case 'partner':
        return vocabularyLabel('partners', value, lang);
    }
  };
}
