import { whenBrowserDataReady } from './after-load';
import { TAB_CHANNEL } from './mirror';

/**
 * "Something this page shows from the browser may have changed": a write in
 * this tab, a mirror write in another tab (BroadcastChannel), another tab's
 * localStorage write (the `storage` event), the tab coming back into view,
 * or the page having loaded, when the stores may first be read
 * (browserDataReady). Stores re-read and compare; a false alarm costs a
 * string comparison.
 */
const LOCAL_EVENT = 'session-lab:browser-data-changed';

/** Call after writing a cookie or sessionStorage in this tab. */
export function announceLocalChange(): void {
  window.dispatchEvent(new Event(LOCAL_EVENT));
}

export function onBrowserDataChange(listener: () => void): () => void {
  const channel = new BroadcastChannel(TAB_CHANNEL);
  channel.addEventListener('message', listener);
  window.addEventListener(LOCAL_EVENT, listener);
  window.addEventListener('storage', listener);
  window.addEventListener('pageshow', listener);
  window.addEventListener('focus', listener);
  document.addEventListener('visibilitychange', listener);
  const stopWaiting = whenBrowserDataReady(listener);
  return () => {
    stopWaiting();
    channel.close();
    window.removeEventListener(LOCAL_EVENT, listener);
    window.removeEventListener('storage', listener);
    window.removeEventListener('pageshow', listener);
    window.removeEventListener('focus', listener);
    document.removeEventListener('visibilitychange', listener);
  };
}
