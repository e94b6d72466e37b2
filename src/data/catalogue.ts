// The catalogue as the browser has it, built at build time by src/node/vite/catalogue-plugin.ts from the validated
// record files: a summary of every record, the shared vocabularies, and one lazily loaded chunk per record. The UI
// reads it from here (or from a route loader), never from the virtual module itself.
export { loaders, summaries, vocabularies } from 'virtual:catalogue';
