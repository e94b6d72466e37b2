/** The header search box's id: the skip target of `/` and of the results' arrow keys. */
export const SEARCH_INPUT_ID = 'site-search';

/**
 * `/` focuses the search box from anywhere except a text field. The first script listens before the app is
 * ready (boot.ts), the search box once it is; returns the function that stops listening.
 */
export function listenForSearchShortcut(document: Document): () => void {
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
    if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const input = document.getElementById(SEARCH_INPUT_ID);
    if (!(input instanceof document.defaultView!.HTMLInputElement)) return;
    event.preventDefault();
    input.focus();
    input.select();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
