/**
 * Runs `start` once the page has loaded and the main thread is idle: the live
 * parts (the event stream, tab presence) then start after the page has
 * hydrated, in work of their own, not in the same long run of work as
 * hydration, so a slow phone answers its first tap sooner. Until then the
 * page shows what the server rendered.
 * `timeout` bounds the wait for idle time on a main thread that never rests.
 * Returns a function that cancels a start that has not happened yet.
 */
export function afterLoad(start: () => void, timeout = 1000): () => void {
  let cancelled = false;
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (!cancelled) start();
  };
  const whenIdle = () => {
    if (cancelled) return;
    // Safari has no requestIdleCallback: the next task after load will do.
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout });
    else timer = setTimeout(run, 0);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', whenIdle);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}

let browserDataIsReady = false;
const waitingForBrowserData = new Set<() => void>();
let browserDataScheduled = false;

/**
 * Whether this page may read the browser's own stores yet (document.cookie,
 * sessionStorage, localStorage): only once it has loaded (afterLoad). In
 * Chromium the first read of each waits while the renderer fetches it from
 * the browser process, a synchronous round trip; measured here, 3 to 90 ms,
 * longest while the page is still loading. Read during hydration, that wait
 * joins hydration's long task (and Lighthouse, counting it as script work,
 * makes it 4× longer on its phone). Until then the parts that show these
 * stores show what the server rendered, as before hydration.
 */
export function browserDataReady(): boolean {
  return browserDataIsReady;
}

/** Runs `run` once the browser's stores may be read: at once if they may, else after load. Returns the cancel. */
export function whenBrowserDataReady(run: () => void): () => void {
  if (browserDataIsReady) {
    run();
    return () => {};
  }
  waitingForBrowserData.add(run);
  if (!browserDataScheduled) {
    browserDataScheduled = true;
    afterLoad(() => {
      browserDataIsReady = true;
      const waiting = [...waitingForBrowserData];
      waitingForBrowserData.clear();
      for (const waiter of waiting) waiter();
    });
  }
  return () => waitingForBrowserData.delete(run);
}
