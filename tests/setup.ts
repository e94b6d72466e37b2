import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// jsdom does not lay out pages, so it has no scrolling; the router scrolls to #section anchors.
Element.prototype.scrollIntoView = function scrollIntoView() {};
window.scrollTo = () => {};
