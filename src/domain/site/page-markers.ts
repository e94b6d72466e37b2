/**
 * Attributes the build, the prerendered HTML, the first-view loader and the app agree on. They are a contract
 * between code that runs at different times (build, before the app, in the app), so they are named once, here.
 */

/** On `#root` in every prerendered page: its markup already shows what the address asks for. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/** On the notice (in the site footer) the loader shows when the app could not be started. */
export const START_FAILED_ATTRIBUTE = 'data-start-failed';

/** Set on `<html>` (as `data-app="ready"`) once the app has taken over the page. */
export const APP_READY_DATASET_KEY = 'app';
