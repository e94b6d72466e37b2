import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { findReadingPlace, returnToReadingPlace, type ReadingPlace } from './reading-place.ts';

let pending: ReadingPlace | undefined;

/** Called as the reader follows a language link: the place is taken back to once the other language has rendered. */
export function keepReadingPlace(): void {
  pending = findReadingPlace(document);
}

/** After a language switch, the block that was at the top of the viewport is there again, in the other language. */
export function useKeepReadingPlace(): void {
  const router = useRouter();
  useEffect(
    () =>
      // The router's own scroll handling subscribed first, so this runs after it (and after a #section scroll).
      router.subscribe('onRendered', () => {
        const place = pending;
        pending = undefined;
        if (!place) return;
        // The router says "rendered" as it commits; the other language's text is in the page by the next frame.
        requestAnimationFrame(() => returnToReadingPlace(document, place));
      }),
    [router],
  );
}
