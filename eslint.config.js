import js from '@eslint/js';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Folders that hold UI or runtime wiring: pure domain code never reaches into them. */
const NOT_DOMAIN = ['./src/components', './src/routes', './src/boot', './src/data', './src/offline', './src/i18n', './src/node', './src/search-worker', './src/entry-server.tsx', './src/router.ts'];

export default tseslint.config(
  // The deliberate violations under tests/lint-fixtures are linted only by tests/lint/boundaries.test.ts.
  { ignores: ['dist', 'node_modules', '.tmp', '.build-*', 'src/routeTree.gen.ts', 'tests/lint-fixtures/**'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.d.ts'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Data flows one way; a cycle means two modules that are really one, or a type in the wrong place.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/domain', from: NOT_DOMAIN, message: 'Domain code is plain TypeScript: it takes data as arguments and imports no UI, runtime or Node code.' },
            { target: ['./src/components', './src/routes'], from: './src/boot', message: 'The boot layer starts the app and imports components, never the other way round.' },
            { target: ['./src', './scripts'], from: './tests', message: 'Nothing imports from tests/: code shared by tests and scripts lives in scripts/lib or src.' },
          ],
        },
      ],
    },
  },
  {
    // Domain logic stays free of React, i18next, Node, virtual modules and the DOM, so it runs in Node, the
    // worker and the browser, and tests and CLI scripts call it directly.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'i18next', 'react-i18next', '@tanstack/*'], message: 'Domain code imports no UI library.' },
            { regex: '^node:', message: 'Domain code imports no Node module: reading files belongs in src/node.' },
            { regex: '^virtual:', message: 'Domain code imports no virtual module: take the data as an argument.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'Element'].map((name) => ({
          name,
          message: 'Domain code touches no DOM: take what it needs as an argument.',
        })),
      ],
    },
  },
  {
    // Components and routes get their data from route loaders or a data module (src/data/), never from virtual modules.
    files: ['src/components/**/*.{ts,tsx}', 'src/routes/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^virtual:', message: 'Components take data from route loaders or a feature data module (src/data/).' }] }],
    },
  },
);
