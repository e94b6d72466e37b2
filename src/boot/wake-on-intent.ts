/**
 * A prerendered page reads without JavaScript. The app (React, the router, i18next: about 150 KB gzipped) and
 * the work of hydrating a long record page wait until the reader reaches for something interactive: a pointer
 * over or on a link or control, a focus, a key. On a low-cost phone the first view costs only this file.
 *
 * Nothing the reader does in the meantime is lost. A click on a control is held and replayed once the app has
 * taken over the page. A click on a link is held too, so the app can follow it as it would have (keeping the
 * section, the side-by-side language); if the app is not ready within `linkPatienceMs`, the link is followed as
 * a plain link instead, and the next page is prerendered as well.
 */

/** What counts as reaching for something interactive. Not tabindex="-1": the main region and headings take
 * focus after navigation, and a finger scrolling the text must not count. */
const INTERACTIVE = 'a[href], button, input, select, textarea, summary, label, [tabindex]:not([tabindex="-1"])';
/** Elements whose clicks need the app; summary, inputs and submit buttons work natively. */
const CLICKABLE = 'a[href], button:not([type="submit"])';

export interface WakeOptions {
  document: Document;
  /** Loads the app; resolves once the app handles the page's events. */
  start: () => Promise<void>;
  /** Follows a link as a plain link (a full page load). */
  followLink: (href: string, link?: HTMLAnchorElement) => void;
  linkPatienceMs?: number;
  onStartError?: (error: unknown) => void;
}

export interface Waker {
  /** Starts the app now (idempotent); resolves when it is ready. */
  wake: () => Promise<void>;
  isReady: () => boolean;
  /** Stops listening and drops a held click, e.g. when the page is torn down. */
  dispose: () => void;
}

interface HeldClick {
  element: HTMLElement;
  /** Set for a link. */
  href?: string;
  patience?: ReturnType<typeof setTimeout>;
}

export function wakeOnIntent({ document, start, followLink, linkPatienceMs = 3000, onStartError }: WakeOptions): Waker {
  const view = document.defaultView!;
  let starting: Promise<void> | undefined;
  let ready = false;
  let held: HeldClick | undefined;

  const onIntent = (event: Event) => {
    if (event.type === 'keydown' || (event.target instanceof view.Element && event.target.closest(INTERACTIVE))) void wake().catch(() => {});
  };

  const onClick = (event: MouseEvent) => {
    if (ready || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const element = event.target instanceof view.Element ? event.target.closest<HTMLElement>(CLICKABLE) : null;
    if (!element) return;
    let href: string | undefined;
    if (element instanceof view.HTMLAnchorElement) {
      if (!followsInApp(element, view.location)) return;
      href = element.href;
    }
    event.preventDefault();
    event.stopPropagation();
    release(held);
    held = { element, href };
    if (href !== undefined) {
      const link = held;
      link.patience = setTimeout(() => {
        if (held !== link) return;
        held = undefined;
        followLink(link.href!, link.element as HTMLAnchorElement);
      }, linkPatienceMs);
    }
    void wake().catch(() => {});
  };

  const listeners: [string, EventListener][] = [
    ['pointerover', onIntent],
    ['pointerdown', onIntent],
    ['touchstart', onIntent],
    ['focusin', onIntent],
    ['keydown', onIntent],
    ['click', onClick as EventListener],
  ];
  for (const [type, listener] of listeners) document.addEventListener(type, listener, { capture: true, passive: type === 'touchstart' });
  const detach = () => {
    for (const [type, listener] of listeners) document.removeEventListener(type, listener, { capture: true });
  };

  function wake(): Promise<void> {
    starting ??= start().then(
      () => {
        ready = true;
        detach();
        replay();
      },
      (error: unknown) => {
        // A failed download (a dropped connection) is retried on the reader's next move; a held link is
        // followed as a plain link at once.
        starting = undefined;
        const link = held;
        if (link?.href !== undefined) {
          release(link);
          held = undefined;
          followLink(link.href, link.element as HTMLAnchorElement);
        }
        onStartError?.(error);
        throw error;
      },
    );
    return starting;
  }

  function replay() {
    const click = held;
    held = undefined;
    if (!click) return;
    release(click);
    if (click.element.isConnected) click.element.click();
    else if (click.href !== undefined) followLink(click.href, click.element as HTMLAnchorElement);
  }

  return {
    wake,
    isReady: () => ready,
    dispose() {
      detach();
      release(held);
      held = undefined;
    },
  };
}

function release(click: HeldClick | undefined) {
  if (click?.patience !== undefined) clearTimeout(click.patience);
}

/** Links the browser handles alike with or without the app are left to it: other sites, new tabs, downloads, #anchors on this page. */
function followsInApp(link: HTMLAnchorElement, location: Location): boolean {
  if (link.hasAttribute('download') || (link.target && link.target !== '_self')) return false;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin) return false;
  const samePage = url.pathname === location.pathname && url.search === location.search;
  return !(samePage && url.hash);
}
