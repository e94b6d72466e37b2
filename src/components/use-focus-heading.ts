import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';

/**
 * After a client-side navigation to another page, moves focus to its main heading so screen-reader and keyboard
 * users start at the new content. Waits for the router to resolve (the new page's data and heading rendered).
 * Not when a #section is targeted, nor while the reader types a search that navigated to its results.
 */
export function useFocusHeadingOnNavigate(): void {
  const router = useRouter();
  useEffect(
    () =>
      router.subscribe('onResolved', ({ fromLocation, toLocation }) => {
        if (!fromLocation || fromLocation.pathname === toLocation.pathname) return;
        requestAnimationFrame(() => {
          if (window.location.hash || document.activeElement instanceof HTMLInputElement) return;
          const heading = document.querySelector<HTMLElement>('main h1');
          if (!heading) return;
          heading.tabIndex = -1;
          heading.focus();
        });
      }),
    [router],
  );
}
