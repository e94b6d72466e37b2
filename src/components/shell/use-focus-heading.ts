import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { isLanguage } from '../../domain/text/languages.ts';

/**
 * After a client-side navigation to another page, moves focus to its main heading so screen-reader and keyboard
 * users start at the new content. Waits for the router to resolve (the new page's data and heading rendered).
 * Not after a language switch (the same page: the reader stays at their place, focus on the switcher), nor
 * when a #section is targeted, nor while the reader types a search that navigated to its results.
 */
export function useFocusHeadingOnNavigate(): void {
  const router = useRouter();
  useEffect(
    () =>
      router.subscribe('onResolved', ({ fromLocation, toLocation }) => {
        if (!fromLocation || samePageInAnotherLanguage(fromLocation.pathname, toLocation.pathname)) return;
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

/** `/lo/standards/LCS-01` and `/zh/standards/LCS-01`; also true for the very same path. */
function samePageInAnotherLanguage(from: string, to: string): boolean {
  const withoutLanguage = (path: string) => path.split('/').filter((segment) => segment && !isLanguage(segment)).join('/');
  return withoutLanguage(from) === withoutLanguage(to);
}
