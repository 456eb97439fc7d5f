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
