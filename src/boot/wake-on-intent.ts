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
  followLink: (link: HTMLAnchorElement) => void;
  linkPatienceMs?: number;
  /**
   * The app failed to load twice in a row (it is tried again on the reader's next move). `droppedClick`: a click
   * on a control was held for it and has been dropped, which the page should say.
   */
  onStartError?: (error: unknown, droppedClick: boolean) => void;
}

interface HeldClick {
  element: HTMLElement;
  /** Set when the element is a link the app should follow. */
  link?: HTMLAnchorElement;
  patience?: ReturnType<typeof setTimeout>;
}

/** Listens for the reader's first move; returns `wake`, which starts the app now (once) and never rejects. */
export function wakeOnIntent({ document, start, followLink, linkPatienceMs = 3000, onStartError }: WakeOptions): () => Promise<void> {
  const view = document.defaultView!;
  let starting: Promise<void> | undefined;
  let held: HeldClick | undefined;

  /** Lets go of the held click, if any, and returns it. */
  const take = (): HeldClick | undefined => {
    const click = held;
    held = undefined;
    if (click?.patience !== undefined) clearTimeout(click.patience);
    if (click) markWaiting(click.element, false);
    return click;
  };

  const onIntent = (event: Event) => {
    if (event.type === 'keydown' || (event.target instanceof view.Element && event.target.closest(INTERACTIVE))) void wake();
  };

  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const element = event.target instanceof view.Element ? event.target.closest<HTMLElement>(CLICKABLE) : null;
    if (!element) return;
    const link = element instanceof view.HTMLAnchorElement ? element : undefined;
    if (link && !followsInApp(link, view.location)) return;
    event.preventDefault();
    event.stopPropagation();
    take();
    const click: HeldClick = { element, link };
    if (link) {
      click.patience = setTimeout(() => {
        if (held === click) followLink(take()!.link!);
      }, linkPatienceMs);
    }
    held = click;
    // A sign at the control, at once, that the tap was taken (on a slow connection the app can take seconds).
    markWaiting(element, true);
    void wake();
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

  function wake(): Promise<void> {
    // A dropped connection often lasts a moment: one failed start is retried at once before the page gives up.
    starting ??= start().catch(() => start()).then(
      () => {
        for (const [type, listener] of listeners) document.removeEventListener(type, listener, { capture: true });
        const click = take();
        if (click?.element.isConnected) click.element.click();
        else if (click?.link) followLink(click.link);
      },
      (error: unknown) => {
        // The app is tried again on the reader's next move. A held link is followed as a plain link at once (the
        // next page is prerendered); a held control click is dropped rather than fired much later, and said so.
        starting = undefined;
        const click = take();
        if (click?.link) followLink(click.link);
        onStartError?.(error, Boolean(click && !click.link));
      },
    );
    return starting;
  }

  return wake;
}

/** Links the browser handles alike with or without the app are left to it: other sites, new tabs, downloads, #anchors on this page. */
function followsInApp(link: HTMLAnchorElement, location: Location): boolean {
  if (link.hasAttribute('download') || (link.target && link.target !== '_self')) return false;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin) return false;
  const samePage = url.pathname === location.pathname && url.search === location.search;
  return !(samePage && url.hash);
}

/** `data-waiting` draws a small progress sign at the element (styles.css); aria-busy tells assistive technology. */
export function markWaiting(element: Element, waiting: boolean): void {
  if (waiting) {
    element.setAttribute('data-waiting', '');
    element.setAttribute('aria-busy', 'true');
  } else {
    element.removeAttribute('data-waiting');
    element.removeAttribute('aria-busy');
  }
}
