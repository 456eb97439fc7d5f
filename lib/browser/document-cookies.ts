import { useSyncExternalStore } from 'react';
import { browserDataReady } from './after-load';
import { onBrowserDataChange } from './change-signal';

export interface BrowserCookie {
  name: string;
  /** As stored: still URL-encoded. */
  value: string;
}

export interface CookieSnapshot {
  /** document.cookie: every cookie page scripts may read, and nothing else. */
  text: string;
  /** Expiry (epoch ms) per name from the Cookie Store API, where the browser has it; null = browser-session cookie. */
  expires: Readonly<Record<string, number | null>> | null;
}

export function parseCookies(text: string): BrowserCookie[] {
  return text
    .split(';')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf('=');
      return at < 0 ? { name: '', value: pair } : { name: pair.slice(0, at), value: pair.slice(at + 1) };
    });
}

/** Writes (or with null, deletes) a cookie that page scripts can read. */
export function writeScriptCookie(name: string, value: string | null, maxAgeSeconds: number): void {
  document.cookie =
    value === null ? `${name}=; Path=/; Max-Age=0; SameSite=Lax` : `${name}=${value}; Path=/; Max-Age=${maxAgeSeconds}; SameSite=Lax`;
}

let snapshot: CookieSnapshot = { text: '', expires: null };
const listeners = new Set<() => void>();
let stopWatching: (() => void) | null = null;

function notifyAll() {
  listeners.forEach((notify) => notify());
}

/** The Cookie Store API, where the browser has it: it knows expiry dates, document.cookie does not. */
function cookieStoreApi(): CookieStore | null {
  return typeof cookieStore === 'undefined' ? null : cookieStore;
}

function refreshExpiries(text: string) {
  cookieStoreApi()
    ?.getAll()
    .then((list) => {
      if (snapshot.text !== text) return; // changed again meanwhile; the next round fills it in
      // Chromium reports `expires`; TypeScript's DOM types do not list it yet.
      const dated = list as (CookieListItem & { expires?: number | null })[];
      snapshot = { text, expires: Object.fromEntries(dated.map((c) => [c.name ?? '', c.expires ?? null])) };
      notifyAll();
    })
    .catch(() => {
      // Some browsers refuse the Cookie Store API on plain http: dates stay unknown.
    });
}

/** One watcher for the whole page, however many components read cookies. */
function watch(): () => void {
  let last: string | null = null;
  const check = () => {
    if (!browserDataReady()) return;
    const text = document.cookie;
    if (text === last) return;
    last = text;
    if (text !== snapshot.text) snapshot = { text, expires: snapshot.expires };
    notifyAll();
    refreshExpiries(text);
  };
  // The first check once the page has loaded (onBrowserDataChange calls it then, or at once if it has).
  // Cookies also change without telling us: another tab, a response, Max-Age running out.
  const poll = setInterval(check, 1000);
  const stop = onBrowserDataChange(check);
  const api = cookieStoreApi();
  api?.addEventListener('change', check);
  return () => {
    clearInterval(poll);
    stop();
    api?.removeEventListener('change', check);
  };
}

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  stopWatching ??= watch();
  return () => {
    listeners.delete(notify);
    if (listeners.size === 0) {
      stopWatching?.();
      stopWatching = null;
    }
  };
}

function getSnapshot(): CookieSnapshot | null {
  if (!browserDataReady()) return null;
  const text = document.cookie;
  if (text !== snapshot.text) snapshot = { text, expires: snapshot.expires };
  return snapshot;
}

/** The page's cookies as scripts see them, live; null while rendering on the server and until the page has loaded. */
export function useDocumentCookies(): CookieSnapshot | null {
  return useSyncExternalStore(subscribe, getSnapshot, () => null);
}
