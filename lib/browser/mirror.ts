import { noteOwnWrite } from './change-origin';

/**
 * The lesson's copies. After an action succeeds in a tab, that tab writes the
 * same value into (1) a cookie page scripts can read and (2) its own
 * sessionStorage, then tells the other tabs. Only actions write: a tab that
 * just loads a page gets nothing in sessionStorage, which is the point.
 *
 * Browser-only: call it from client components.
 */
export const MIRRORED = ['user', 'cart', 'language'] as const;
export type Mirrored = (typeof MIRRORED)[number];

/** Cookie names (script-readable, SameSite=Lax, 7 days) and sessionStorage keys. */
export const mirrorCookieName = (name: Mirrored) => `lab_${name}`;
export const mirrorStorageKey = (name: Mirrored) => `lab:${name}`;
export const MIRROR_COOKIE_MAX_AGE = 7 * 24 * 3600;
export const TAB_CHANNEL = 'session-lab';

export type TabMessage = { type: 'mirror-changed'; name: Mirrored };

/** Writes `value` (JSON; null clears) into this tab's cookie and sessionStorage. */
export function mirrorToBrowser(name: Mirrored, value: unknown): void {
  noteOwnWrite();
  const json = value === null || value === undefined ? null : JSON.stringify(value);
  const cookie = mirrorCookieName(name);
  document.cookie =
    json === null
      ? `${cookie}=; Path=/; Max-Age=0; SameSite=Lax`
      : `${cookie}=${encodeURIComponent(json)}; Path=/; Max-Age=${MIRROR_COOKIE_MAX_AGE}; SameSite=Lax`;
  try {
    if (json === null) sessionStorage.removeItem(mirrorStorageKey(name));
    else sessionStorage.setItem(mirrorStorageKey(name), json);
  } catch {
    // Storage can be disabled or full; the cookie copy still teaches.
  }
  const channel = new BroadcastChannel(TAB_CHANNEL);
  channel.postMessage({ type: 'mirror-changed', name } satisfies TabMessage);
  channel.close();
}
