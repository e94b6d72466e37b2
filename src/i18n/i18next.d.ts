import 'i18next';
import type about from '../../locales/en/about.json';
import type browse from '../../locales/en/browse.json';
import type catalogue from '../../locales/en/catalogue.json';
import type common from '../../locales/en/common.json';
import type coverage from '../../locales/en/coverage.json';
import type glossary from '../../locales/en/glossary.json';
import type home from '../../locales/en/home.json';
import type search from '../../locales/en/search.json';
import type standard from '../../locales/en/standard.json';

// Keys are typed from the English files; tests/i18n/locale-keys.test.ts keeps zh and lo in step.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; catalogue: typeof catalogue; home: typeof home; browse: typeof browse; standard: typeof standard; about: typeof about; search: typeof search; coverage: typeof coverage; glossary: typeof glossary };
  }
}
