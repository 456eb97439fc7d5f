import { announceLocalChange } from './change-signal';
import { parseCookies, writeScriptCookie } from './document-cookies';

/** The capacity lab's cookie: name plus value add up to the size the visitor asks for. */
export const BIG_COOKIE = 'lab_big';
export const BIG_COOKIE_MIN = BIG_COOKIE.length + 1;
export const BIG_COOKIE_MAX = 10_000;
/** An hour: long enough to watch it ride along, short enough not to weigh on requests for a week. */
const MAX_AGE = 3600;

function present(): boolean {
  return parseCookies(document.cookie).some((cookie) => cookie.name === BIG_COOKIE);
}

export function deleteBigCookie(): void {
  writeScriptCookie(BIG_COOKIE, null, 0);
  announceLocalChange();
}

/**
 * Writes lab_big with `bytes` of name and value and reports whether the
 * browser kept it. The old one goes first: a refused write leaves the
 * previous value in place, which would hide the refusal.
 */
export function writeBigCookie(bytes: number): 'kept' | 'dropped' {
  deleteBigCookie();
  writeScriptCookie(BIG_COOKIE, 'x'.repeat(bytes - BIG_COOKIE.length), MAX_AGE);
  announceLocalChange();
  return present() ? 'kept' : 'dropped';
}
