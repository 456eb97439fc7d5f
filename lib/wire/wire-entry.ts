/**
 * One request as it crossed the wire, as GET /api/wire and the event stream
 * send it. Shared by the server that records it and the page that shows it,
 * so it holds no Node.js types. No cookie value is ever in it but the session
 * cookie's sealed value, shortened: the visitor's own ID is recognisable, and
 * nothing here could be replayed.
 */

/** Which of the article's steps a request shows (see lib/i18n/messages/wire.ts for the words). */
export type WireStep =
  /** No session cookie came with the request: the server made a session. */
  | 'noCookie'
  /** A session cookie came, but it named no live session (expired, ended, forged): the server made a new one. */
  | 'unknownCookie'
  /** The response carries the session cookie: the ID goes to the browser. */
  | 'setCookie'
  /** The browser sent the ID back and the server found the session. */
  | 'sentBack'
  /** The browser sent the ID of a session that has ended. */
  | 'sentEnded'
  /** Login (or a change of privilege): the same session under a new ID. */
  | 'rotated'
  /** The same ID sealed again (with the current secret, after a secret rotation). */
  | 'resealed'
  /** Logout or revocation: the response deletes the session cookie. */
  | 'deleted';

export type WireKind = 'page' | 'action' | 'data' | 'api';

export interface SentCookie {
  name: string;
  /** Bytes of `name=value`, what the cookie adds to the Cookie header. */
  bytes: number;
  /** The session cookie only: its sealed value, shortened. */
  sealed?: string;
}

export interface ReceivedCookie extends SentCookie {
  /** Attributes as sent (`HttpOnly`, `SameSite=Lax`, `Path=/`, `Max-Age=0`, ...). */
  attributes: string[];
  /** The browser drops the cookie (empty value with Max-Age=0 or a past Expires). */
  deletes: boolean;
  /** The request carried a cookie of this name: this one takes its place. */
  replaces: boolean;
}

export interface WireEntry {
  /** Unique, so a page that hears an entry twice (history and live) shows it once. */
  id: string;
  /** Fingerprint of the session the request belongs to (the one it created, for the first). */
  session: string;
  at: number;
  method: string;
  /** Path without the query string. */
  path: string;
  kind: WireKind;
  status: number;
  sent: SentCookie[];
  received: ReceivedCookie[];
  steps: WireStep[];
}

/** Entries kept per session, newest last (the issue asks for at least 30). */
export const WIRE_ENTRIES_PER_SESSION = 40;

/** The sealed ID as the page may show it: the first and last few characters. */
export function shortenSealed(value: string): string {
  return value.length <= 24 ? value : `${value.slice(0, 14)}…${value.slice(-6)}`;
}

/**
 * Adds entries to a list kept in time order, once each (a later copy of an
 * entry wins: after a login the server sends the session's entries again
 * under its new fingerprint), bounded to the newest `limit`.
 *
 * A copy of an entry the list already holds under the same session changes
 * nothing: the held object stays, and when nothing is new the list itself is
 * returned. The event stream sends a new page every entry the server had
 * (up to WIRE_ENTRIES_PER_SESSION, the ones the page was rendered with): kept
 * objects let the view skip them (React.memo) instead of rendering the whole
 * list again for each one, which on a phone blocked the page for half a second.
 */
export function mergeWireEntries(
  list: readonly WireEntry[],
  more: readonly WireEntry[],
  limit = WIRE_ENTRIES_PER_SESSION * 2,
): WireEntry[] {
  const byId = new Map(list.map((entry) => [entry.id, entry]));
  let changed = false;
  for (const entry of more) {
    if (byId.get(entry.id)?.session === entry.session) continue;
    byId.set(entry.id, entry);
    changed = true;
  }
  if (!changed) return list as WireEntry[];
  return [...byId.values()].sort((a, b) => a.at - b.at).slice(-limit);
}
