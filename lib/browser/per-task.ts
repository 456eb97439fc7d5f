/**
 * Collects what arrives within one task and hands it to `apply` once, in a
 * task of its own right after. In this Chromium an EventSource dispatches the
 * messages of one chunk in one task: applied one by one, each would render the
 * page again within it.
 */
export function oncePerTask<T>(apply: (items: T[]) => void): (item: T) => void {
  let pending: T[] = [];
  return (item) => {
    if (pending.push(item) > 1) return;
    setTimeout(() => {
      const items = pending;
      pending = [];
      apply(items);
    }, 0);
  };
}
