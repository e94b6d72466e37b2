// The termbase as the glossary page shows it, built at build time (src/node/vite/catalogue-plugin.ts): every
// concept with the records that use it.
export { default as glossary } from 'virtual:glossary';
