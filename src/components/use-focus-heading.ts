import { useLocation } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';

/**
 * After a client-side navigation, moves focus to the page's main heading so screen-reader and keyboard users
 * start at the new content. Not on first load (the browser handles that).
 */
export function useFocusHeadingOnNavigate(): void {
  const pathname = useLocation({ select: (l) => l.pathname });
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    // Not when a section is targeted, nor while the reader is typing a search that navigated to its results.
    if (window.location.hash || document.activeElement instanceof HTMLInputElement) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
  }, [pathname]);
}
