/** One locale file per language and area: locales/<lang>/<namespace>.json */
export const NAMESPACES = ['common', 'catalogue', 'home', 'browse', 'standard', 'about', 'search', 'coverage', 'glossary'] as const;
export type Namespace = (typeof NAMESPACES)[number];
