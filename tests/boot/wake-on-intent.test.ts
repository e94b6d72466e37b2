import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wakeOnIntent } from '../../src/boot/wake-on-intent.ts';

const PAGE = `
  <main tabindex="-1"><p id="text">Some reading</p></main>
  <a id="record" href="/en/standards/LCS-02">LCS-02</a>
  <a id="section" href="#unit-3">Unit 3</a>
  <a id="elsewhere" href="https://example.org/">Elsewhere</a>
  <a id="csv" href="/downloads/catalogue.csv" download>CSV</a>
  <button id="copy" type="button">Copy link</button>
  <form id="search" action="/en/search"><input name="q" /><button id="submit" type="submit">Search</button></form>`;

/** A start the test finishes by hand, as a slow connection would. */
function slowStart() {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const start = vi.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        finish = resolve;
        fail = reject;
      }),
  );
  return { start, finish: () => finish(), fail: (error: Error) => fail(error) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('wakeOnIntent: the app waits for the reader', () => {
  let followLink: ReturnType<typeof vi.fn<(link: HTMLAnchorElement) => void>>;
  /** The test's start and the wake it got, so that afterEach can let the app "load" and the listeners go. */
  let current: { wake: () => Promise<void>; finish: () => void } | undefined;
  beforeEach(() => {
    document.body.innerHTML = PAGE;
    followLink = vi.fn<(link: HTMLAnchorElement) => void>();
  });
  afterEach(async () => {
    if (current) {
      const woken = current.wake();
      current.finish();
      await woken;
    }
    current = undefined;
    document.body.innerHTML = '';
  });

  /** wakeOnIntent on this test's page, with a start the test finishes by hand. */
  function listen(options: { linkPatienceMs?: number; onStartError?: (error: unknown) => void } = {}) {
    const slow = slowStart();
    const wake = wakeOnIntent({ document, start: slow.start, followLink, ...options });
    current = { wake, finish: slow.finish };
    return { ...slow, wake };
  }

  const el = (id: string) => document.getElementById(id)!;
  const pointer = (type: string) => new PointerEvent(type, { bubbles: true });
  /** Clicks; true when the browser would go on to do what the click does by itself. */
  const click = (id: string, init: MouseEventInit = {}) => el(id).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));

  it('does not load the app while the reader only reads', async () => {
    const { start } = listen();
    el('text').dispatchEvent(pointer('pointerover'));
    el('text').dispatchEvent(pointer('pointerdown'));
    el('text').dispatchEvent(new Event('touchstart', { bubbles: true }));
    await flush();
    expect(start).not.toHaveBeenCalled();
  });

  it.each([
    ['a pointer over a link', () => el('record').dispatchEvent(pointer('pointerover'))],
    ['a touch on a button', () => el('copy').dispatchEvent(new Event('touchstart', { bubbles: true }))],
    ['a focus on the search box', () => document.querySelector('input')!.focus()],
    ['any key', () => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))],
  ])('loads the app once on %s', (_name, act) => {
    const { start } = listen();
    act();
    act();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('holds a click on a control and replays it once the app is ready', async () => {
    const { finish } = listen();
    const clicks = vi.fn();
    el('copy').addEventListener('click', clicks);
    expect(click('copy')).toBe(false);
    expect(clicks).not.toHaveBeenCalled();
    finish();
    await flush();
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('marks a held control as waiting at once, and unmarks it when the click is replayed', async () => {
    const { finish } = listen();
    let busyWhenReplayed: string | null = 'unset';
    el('copy').addEventListener('click', () => (busyWhenReplayed = el('copy').getAttribute('aria-busy')));
    click('copy');
    expect(el('copy').hasAttribute('data-waiting')).toBe(true);
    expect(el('copy').getAttribute('aria-busy')).toBe('true');
    finish();
    await flush();
    expect(busyWhenReplayed).toBeNull();
    expect(el('copy').hasAttribute('data-waiting')).toBe(false);
  });

  it('holds a click on a link for the app, which follows it', async () => {
    const { finish } = listen();
    const seen: boolean[] = [];
    el('record').addEventListener('click', (event) => {
      seen.push(event.defaultPrevented);
      event.preventDefault(); // as the router's links do
    });
    expect(click('record')).toBe(false); // held: the browser does not follow it
    expect(seen).toEqual([]);
    finish();
    await flush();
    expect(seen).toEqual([false]);
    expect(followLink).not.toHaveBeenCalled();
  });

  it('follows a held link as a plain link when the app is slow, and does not replay it later', async () => {
    vi.useFakeTimers();
    try {
      const { finish } = listen({ linkPatienceMs: 3000 });
      click('record');
      const replays = vi.fn();
      el('record').addEventListener('click', replays);
      vi.advanceTimersByTime(2999);
      expect(followLink).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(followLink).toHaveBeenCalledWith(el('record'));
      finish();
      await vi.runAllTimersAsync();
      expect(replays).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('retries a failed start once at once, and a held click survives a single failure', async () => {
    const { start, fail, finish } = listen();
    const clicks = vi.fn();
    el('copy').addEventListener('click', clicks);
    click('copy');
    fail(new Error('offline'));
    await flush();
    expect(start).toHaveBeenCalledTimes(2);
    finish();
    await flush();
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('follows a held link at once when the app fails to load twice, and tries again on the next move', async () => {
    const onStartError = vi.fn();
    const { start, fail } = listen({ onStartError });
    click('record');
    fail(new Error('offline'));
    await flush();
    expect(followLink).not.toHaveBeenCalled();
    fail(new Error('still offline'));
    await flush();
    expect(followLink).toHaveBeenCalledWith(el('record'));
    expect(onStartError).toHaveBeenCalledWith(new Error('still offline'), false);
    el('copy').dispatchEvent(pointer('pointerover'));
    expect(start).toHaveBeenCalledTimes(3);
  });

  it('drops a held control click when the app fails to load twice, says so, and does not fire it much later', async () => {
    const onStartError = vi.fn();
    const attempts = [slowStart(), slowStart(), slowStart()];
    const start = vi.fn().mockImplementationOnce(attempts[0].start).mockImplementationOnce(attempts[1].start).mockImplementationOnce(attempts[2].start);
    current = { wake: wakeOnIntent({ document, start, followLink, onStartError }), finish: attempts[2].finish };
    const clicks = vi.fn();
    el('copy').addEventListener('click', clicks);
    click('copy');
    attempts[0].fail(new Error('offline'));
    await flush();
    attempts[1].fail(new Error('offline'));
    await flush();
    expect(onStartError).toHaveBeenCalledWith(new Error('offline'), true);
    el('record').dispatchEvent(pointer('pointerover'));
    attempts[2].finish();
    await flush();
    expect(start).toHaveBeenCalledTimes(3);
    expect(clicks).not.toHaveBeenCalled();
  });

  it('follows a held link as a plain link when the app replaced it', async () => {
    const { finish } = listen();
    const link = el('record');
    click('record');
    link.remove();
    finish();
    await flush();
    expect(followLink).toHaveBeenCalledWith(link);
  });

  it.each([
    ['a #section link on this page', 'section', {}],
    ['a link to another site', 'elsewhere', {}],
    ['a download', 'csv', {}],
    ['a click with Ctrl (a new tab)', 'record', { ctrlKey: true }],
    ['a middle click', 'record', { button: 1 }],
  ])('leaves %s to the browser', (_name, id, init) => {
    listen();
    let prevented: boolean | undefined;
    document.addEventListener(
      'click',
      (event) => {
        prevented = event.defaultPrevented;
        event.preventDefault(); // jsdom cannot navigate
      },
      { once: true },
    );
    click(id, init);
    expect(prevented).toBe(false);
  });

  it('leaves a search form to submit itself to the search page', () => {
    listen();
    const submitted = vi.fn((event: Event) => event.preventDefault());
    el('search').addEventListener('submit', submitted);
    el('submit').click();
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('keeps only the latest held click', async () => {
    const { finish } = listen();
    const replays = vi.fn((event: Event) => event.preventDefault());
    click('copy');
    click('record');
    el('copy').addEventListener('click', replays);
    el('record').addEventListener('click', replays);
    finish();
    await flush();
    expect(replays).toHaveBeenCalledTimes(1);
    expect(replays.mock.calls[0][0].target).toBe(el('record'));
  });

  it('stops listening once the app is ready: later clicks go straight to it', async () => {
    const { finish, wake } = listen();
    void wake();
    finish();
    await flush();
    expect(click('copy')).toBe(true);
  });
});
