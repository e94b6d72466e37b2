import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wakeOnIntent, type Waker } from '../../src/boot/wake-on-intent.ts';

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
  let followLink: ReturnType<typeof vi.fn<(href: string) => void>>;
  let waker: Waker | undefined;
  beforeEach(() => {
    document.body.innerHTML = `
      <main tabindex="-1"><p id="text">Some reading</p></main>
      <a id="record" href="/en/standards/LCS-02">LCS-02</a>
      <a id="section" href="#unit-3">Unit 3</a>
      <a id="elsewhere" href="https://example.org/">Elsewhere</a>
      <a id="csv" href="/downloads/catalogue.csv" download>CSV</a>
      <button id="copy" type="button">Copy link</button>
      <form id="search" action="/en/search"><input name="q" /><button id="submit" type="submit">Search</button></form>`;
    followLink = vi.fn<(href: string) => void>();
  });
  afterEach(() => {
    document.body.innerHTML = '';
    waker?.dispose();
    waker = undefined;
    vi.useRealTimers();
  });

  const el = (id: string) => document.getElementById(id)!;

  it('does not load the app while the reader only reads', async () => {
    const { start } = slowStart();
    waker = wakeOnIntent({ document, start, followLink });
    el('text').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    el('text').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    el('text').dispatchEvent(new Event('touchstart', { bubbles: true }));
    await flush();
    expect(start).not.toHaveBeenCalled();
    expect(waker.isReady()).toBe(false);
  });

  it.each([
    ['a pointer over a link', () => el('record').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))],
    ['a touch on a button', () => el('copy').dispatchEvent(new Event('touchstart', { bubbles: true }))],
    ['a focus on the search box', () => document.querySelector('input')!.focus()],
    ['any key', () => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))],
  ])('loads the app once on %s', async (_name, act) => {
    const { start, finish } = slowStart();
    waker = wakeOnIntent({ document, start, followLink });
    act();
    act();
    expect(start).toHaveBeenCalledTimes(1);
    finish();
    await flush();
    expect(waker.isReady()).toBe(true);
  });

  it('holds a click on a control and replays it once the app is ready', async () => {
    const { start, finish } = slowStart();
    waker = wakeOnIntent({ document, start, followLink });
    const clicks: boolean[] = [];
    el('copy').addEventListener('click', () => clicks.push(waker!.isReady()));
    el('copy').click();
    expect(clicks).toEqual([]);
    finish();
    await flush();
    expect(clicks).toEqual([true]);
  });

  it('holds a click on a link for the app, which follows it', async () => {
    const { start, finish } = slowStart();
    waker = wakeOnIntent({ document, start, followLink });
    const seen: boolean[] = [];
    el('record').addEventListener('click', (event) => {
      seen.push(event.defaultPrevented);
      event.preventDefault(); // as the router's links do
    });
    const clicked = el('record').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(clicked).toBe(false); // held: the browser does not follow it
    expect(seen).toEqual([]);
    finish();
    await flush();
    expect(seen).toEqual([false]);
    expect(followLink).not.toHaveBeenCalled();
  });

  it('follows a held link as a plain link when the app is slow, and does not replay it later', async () => {
    vi.useFakeTimers();
    const { start, finish } = slowStart();
    waker = wakeOnIntent({ document, start, followLink, linkPatienceMs: 3000 });
    const replays = vi.fn();
    el('record').click();
    el('record').addEventListener('click', replays);
    vi.advanceTimersByTime(2999);
    expect(followLink).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(followLink).toHaveBeenCalledWith('http://localhost:3000/en/standards/LCS-02', el('record'));
    finish();
    await vi.runAllTimersAsync();
    expect(replays).not.toHaveBeenCalled();
  });

  it('follows a held link at once when the app fails to load, and tries again on the next move', async () => {
    const { start, fail } = slowStart();
    const onStartError = vi.fn();
    waker = wakeOnIntent({ document, start, followLink, onStartError });
    el('record').click();
    fail(new Error('offline'));
    await flush();
    expect(followLink).toHaveBeenCalledWith('http://localhost:3000/en/standards/LCS-02', el('record'));
    expect(onStartError).toHaveBeenCalledWith(new Error('offline'));
    expect(waker.isReady()).toBe(false);
    el('copy').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('follows a held link as a plain link when the app replaced it', async () => {
    const { start, finish } = slowStart();
    waker = wakeOnIntent({ document, start, followLink });
    const link = el('record');
    link.click();
    link.remove();
    finish();
    await flush();
    expect(followLink).toHaveBeenCalledWith('http://localhost:3000/en/standards/LCS-02', link);
  });

  it.each([
    ['a #section link on this page', 'section', {}],
    ['a link to another site', 'elsewhere', {}],
    ['a download', 'csv', {}],
    ['a click with Ctrl (a new tab)', 'record', { ctrlKey: true }],
    ['a middle click', 'record', { button: 1 }],
  ])('leaves %s to the browser', (_name, id, init) => {
    const { start } = slowStart();
    waker = wakeOnIntent({ document, start, followLink });
    let prevented: boolean | undefined;
    document.addEventListener(
      'click',
      (event) => {
        prevented = event.defaultPrevented;
        event.preventDefault(); // jsdom cannot navigate
      },
      { once: true },
    );
    el(id).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
    expect(prevented).toBe(false);
  });

  it('leaves a search form to submit itself to the search page', () => {
    const { start } = slowStart();
    waker = wakeOnIntent({ document, start, followLink });
    const submitted = vi.fn((event: SubmitEvent) => event.preventDefault());
    el('search').addEventListener('submit', submitted);
    el('submit').click();
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('keeps only the latest held click', async () => {
    const { start, finish } = slowStart();
    waker = wakeOnIntent({ document, start, followLink });
    const replays = vi.fn();
    el('copy').click();
    el('record').click();
    el('copy').addEventListener('click', replays);
    el('record').addEventListener('click', (event) => {
      replays(event);
      event.preventDefault();
    });
    finish();
    await flush();
    expect(replays).toHaveBeenCalledTimes(1);
    expect((replays.mock.calls[0][0] as MouseEvent).target).toBe(el('record'));
  });

  it('stops listening once the app is ready: later clicks go straight to it', async () => {
    const { start, finish } = slowStart();
    waker = wakeOnIntent({ document, start, followLink });
    void waker.wake();
    finish();
    await flush();
    let prevented: boolean | undefined;
    document.addEventListener('click', (event) => (prevented = event.defaultPrevented), { once: true });
    el('copy').click();
    expect(prevented).toBe(false);
  });
});
