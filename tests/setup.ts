import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Pages load their data (a record's chunk, locale files, the search texts) before they show it. On a busy machine
// that can take several seconds, so no findBy/waitFor in this suite relies on Testing Library's default 1 s wait.
configure({ asyncUtilTimeout: 20_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// jsdom does not lay out pages, so it has no scrolling; the router scrolls to #section anchors.
Element.prototype.scrollIntoView = function scrollIntoView() {};
window.scrollTo = () => {};
