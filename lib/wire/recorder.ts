import 'server-only';
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { SessionEvent } from '../session/events';
import type { WireStore } from './wire-store';
import { MAX_QUEUED, WireWriteQueue, type WireWrite } from './write-queue';
import { shortenSealed, type ReceivedCookie, type SentCookie, type WireEntry, type WireKind, type WireStep } from './wire-entry';

export interface WireRecorderOptions {
  cookieName: string;
  /**
   * The fingerprint of the session a sealed cookie value names, when this
   * process has opened or sealed that value (the codec remembers both), else
   * undefined. Asked when the batch builds the entry, up to FLUSH_MS after the
   * response, so the codec must remember a value at least that long.
   */
  fingerprintOf(sealed: string): string | undefined;
  now?: () => number;
  /** Where the entries live, shared by every instance (lib/wire/wire-store.ts). */
  store: WireStore;
  /** How long entries wait to be written together (ms; lib/wire/write-queue.ts). */
  flushMs?: number;
}

export interface RecordedRequest {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  /** The Cookie header as the browser sent it (the headers may have been rewritten since); else `headers.cookie`. */
  cookie?: string;
}

/** A response as the hook saw it; the request's headers are referenced, not copied. */
interface NotedResponse {
  request: RecordedRequest;
  status: number;
  setCookie: readonly string[];
  at: number;
}
type Noted = NotedResponse | { ended: string };

// A Cookie header is at most Node's header limit (16 KB), but a client may pack it with tiny cookies.
const MAX_COOKIES = 50;
const MAX_NAME = 64;
const MAX_ATTRIBUTES = 10;
const MAX_ATTRIBUTE = 80;
const MAX_PATH = 160;
const MEMORY_OF_EVENTS = 1000;
/**
 * What each browser's requests looked like on the wire, per session. Only the
 * HTTP layer sees a response's final status and every Set-Cookie (pages,
 * server actions and route handlers alike), so the recording happens there
 * (lib/wire/install.ts); page scripts cannot read Set-Cookie or an HttpOnly
 * cookie, which is why the server has to tell.
 *
 * The entries live in a WireStore shared by every instance (SQLite or Redis,
 * like the sessions), so a request served by one instance shows in a view
 * read through another, and on Redis reaches a tab whose stream another
 * instance holds.
 *
 * The request path pays for almost none of it: record() only notes the
 * response (a few references and the time) as its head is written. Every
 * 50 ms the batch builds the noted responses' entries, in the order they were
 * noted, hands them to this process's streams and writes them
 * (lib/wire/write-queue.ts: never awaited by a request; the trade-off is
 * stated there). The response's path then does the least it can; built
 * one after another in a batch, the entries cost the server less than built
 * one at a time between two requests' work (bench/RESULTS.md, wire recording
 * cost). A tab's stream hears of a request up to 50 ms later. recent()
 * flushes first, so an instance always reads its own entries.
 *
 * What stays in memory is derived from the shared event bus (rotations and
 * ended sessions, which every instance hears) and bounded.
 */
export class WireRecorder {
  private readonly listeners = new Map<string, Set<(entry: WireEntry) => void>>();
  /** Responses noted and sessions ended since the last batch, in order: an entry is built as of its place in it. */
  private noted: Noted[] = [];
  /** New fingerprint → the one before, from `regenerated` events: tells a login's new cookie from a fresh session. */
  private readonly rotations = new Map<string, string>();
  private readonly ended = new Set<string>();
  private readonly prefix = randomBytes(4).toString('hex');
  private sequence = 0;
  private readonly now: () => number;
  private readonly store: WireStore;
  private readonly writes: WireWriteQueue;

  constructor(private readonly options: WireRecorderOptions) {
    this.now = options.now ?? Date.now;
    this.store = options.store;
    this.writes = new WireWriteQueue(this.store, { now: this.now, flushMs: options.flushMs, prepare: () => this.build() });
    // Entries other instances recorded, for this instance's streams.
    this.store.listen((entry) => this.deliver(entry));
  }

  /**
   * Lifecycle events tell rotations and ended sessions apart. A rotation is
   * remembered at once (the login's own response follows it); an end takes its
   * place among the noted responses, so a request noted before the logout is
   * not labelled as sent after it.
   */
  noteEvent(event: SessionEvent): void {
    if (event.type === 'regenerated' && event.previous) remember(this.rotations, event.session, event.previous);
    else if (event.type === 'expired' || event.type === 'invalidated') this.note({ ended: event.session });
  }

  /** Notes one response as its head is written; its entry is built with the next batch (the class comment says why). */
  record(request: RecordedRequest, status: number, setCookie: readonly string[]): void {
    this.note({ request, status, setCookie, at: this.now() });
  }

  private note(noted: Noted): void {
    this.noted.push(noted);
    // A server answering faster than its batches are built keeps the newest responses (the view is not the
    // state), but every end: a lost one would label the session's later requests as sent back for good.
    if (this.noted.length > MAX_QUEUED) {
      const oldest = this.noted.findIndex((item) => !('ended' in item));
      this.noted.splice(oldest === -1 ? 0 : oldest, 1);
    }
    this.writes.schedule();
  }

  /** Builds what was noted since the last batch, in order: entries to the streams, and the batch's writes. */
  private build(): WireWrite[] {
    const noted = this.noted;
    this.noted = [];
    const writes: WireWrite[] = [];
    for (const item of noted) {
      if ('ended' in item) {
        this.ended.add(item.ended);
        if (this.ended.size > MEMORY_OF_EVENTS) this.ended.delete(this.ended.values().next().value!);
        writes.push({ type: 'end', session: item.ended });
        continue;
      }
      try {
        const entry = this.entryOf(item, writes);
        if (!entry) continue;
        writes.push({ type: 'append', entry });
        this.deliver(entry);
      } catch (error) {
        // Recording is a view of the traffic: one request it cannot read must not cost the batch the others.
        console.error('Wire recording failed for one request', error);
      }
    }
    return writes;
  }

  /** One noted response as an entry (a rotation's move goes to `writes` first); null when it belongs to no session (or is a static file). */
  private entryOf({ request, status, setCookie, at }: NotedResponse, writes: WireWrite[]): WireEntry | null {
    const url = request.url ?? '/';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    if (path.startsWith('/_next/') || isFile(path)) return null;
    // Next.js fetches the pages linked from the one shown ahead of a click, a
    // dozen per page: they carry the cookie like any request, but would bury
    // the requests a visitor made (the page says they are left out).
    if (request.headers['next-router-prefetch'] !== undefined) return null;
    const name = this.options.cookieName;
    const sent: SentCookie[] = [];
    const sessionValue = parseCookieHeader('cookie' in request ? request.cookie : request.headers.cookie, name, sent);
    let received: ReceivedCookie[] = [];
    let sessionSet: { cookie: ReceivedCookie; value: string } | undefined;
    if (setCookie.length > 0) {
      received = setCookie.slice(0, MAX_COOKIES).map((header) => {
        const parsed = parseSetCookie(header, at, sent);
        if (parsed.cookie.name === name) {
          if (!parsed.cookie.deletes) parsed.cookie.sealed = shortenSealed(parsed.value);
          sessionSet = parsed;
        }
        return parsed.cookie;
      });
    }
    const sentSession = sessionValue === undefined ? undefined : this.options.fingerprintOf(sessionValue);
    let session: string | undefined;
    let steps: WireStep[];
    if (sessionSet && sessionSet.cookie.deletes) {
      session = sentSession;
      steps = ['deleted'];
    } else if (sessionSet) {
      session = this.options.fingerprintOf(sessionSet.value);
      if (session === undefined) return null;
      if (sentSession === session) steps = ['resealed', 'setCookie'];
      else if (sentSession !== undefined && this.rotations.get(session) === sentSession) {
        steps = ['rotated', 'setCookie'];
        // A rotated session keeps its requests: same session, new ID.
        writes.push({ type: 'move', from: sentSession, to: session });
      } else steps = [sessionValue === undefined ? 'noCookie' : 'unknownCookie', 'setCookie'];
    } else {
      session = sentSession;
      steps = [sentSession !== undefined && this.ended.has(sentSession) ? 'sentEnded' : 'sentBack'];
    }
    if (session === undefined) return null;
    const entry: WireEntry = {
      id: `${this.prefix}${(this.sequence++).toString(36)}`,
      session,
      at,
      method: request.method ?? 'GET',
      path: path.length > MAX_PATH ? `${path.slice(0, MAX_PATH)}…` : path,
      kind: kindOf(request, path),
      status,
      sent,
      received,
      steps,
    };
    return entry;
  }

  /** This session's recent requests, oldest first, from the shared store (after this process's queued writes). */
  async recent(session: string): Promise<WireEntry[]> {
    await this.flush();
    return this.store.recent(session, this.now());
  }

  /** Builds and writes what is noted now; resolves when it is written (or failed: a failure is logged, not thrown). */
  flush(): Promise<void> {
    return this.writes.flush();
  }

  /** Calls `listener` with each new entry of one session; returns the unsubscribe function. */
  subscribe(session: string, listener: (entry: WireEntry) => void): () => void {
    let set = this.listeners.get(session);
    if (!set) this.listeners.set(session, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(session) === set) this.listeners.delete(session);
    };
  }

  private deliver(entry: WireEntry): void {
    const listeners = this.listeners.get(entry.session);
    if (!listeners) return;
    for (const listener of listeners) {
      try {
        listener(entry);
      } catch {
        // A closing stream must not break the response being written.
      }
    }
  }
}

function remember(map: Map<string, string>, key: string, value: string): void {
  map.set(key, value);
  if (map.size > MEMORY_OF_EVENTS) map.delete(map.keys().next().value!);
}

/** `/icon.svg`, `/robots.txt`: a file, not a page or an endpoint. */
function isFile(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/');
}

function kindOf(request: RecordedRequest, path: string): WireKind {
  const { headers } = request;
  if (path.startsWith('/api/')) return 'api';
  if (request.method === 'POST' && headers['next-action'] !== undefined) return 'action';
  if (headers.rsc !== undefined) return 'data';
  return 'page';
}

function clip(name: string): string {
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}…` : name;
}

/**
 * Fills `sent` with each cookie's name and size (Node reads header bytes as
 * latin1, so a string's length is its size in bytes) and returns the session
 * cookie's value, the only value kept.
 */
function parseCookieHeader(header: string | undefined, sessionName: string, sent: SentCookie[]): string | undefined {
  if (!header) return undefined;
  let sessionValue: string | undefined;
  let start = 0;
  while (start < header.length && sent.length < MAX_COOKIES) {
    let end = header.indexOf(';', start);
    if (end === -1) end = header.length;
    const equals = header.indexOf('=', start);
    const pairEnd = equals === -1 || equals > end ? end : equals;
    const name = header.slice(start, pairEnd).trim();
    if (name) {
      const bytes = header.slice(start, end).trim().length;
      if (name === sessionName && equals !== -1 && equals < end) {
        const value = header.slice(equals + 1, end).trim();
        // The browser sends the first of two same-named cookies (most specific path); so does Next.
        if (sessionValue === undefined) {
          sessionValue = value;
          sent.push({ name, bytes, sealed: shortenSealed(value) });
        } else sent.push({ name, bytes });
      } else sent.push({ name: clip(name), bytes });
    }
    start = end + 1;
  }
  return sessionValue;
}

function parseSetCookie(header: string, now: number, sent: readonly SentCookie[]): { cookie: ReceivedCookie; value: string } {
  const parts = header.split(';');
  const pair = parts[0] ?? '';
  const equals = pair.indexOf('=');
  const name = (equals === -1 ? pair : pair.slice(0, equals)).trim();
  const value = equals === -1 ? '' : pair.slice(equals + 1).trim();
  const attributes: string[] = [];
  let deletes = false;
  for (const part of parts.slice(1, MAX_ATTRIBUTES + 1)) {
    const attribute = part.trim();
    if (!attribute) continue;
    attributes.push(attribute.length > MAX_ATTRIBUTE ? `${attribute.slice(0, MAX_ATTRIBUTE)}…` : attribute);
    const lower = attribute.toLowerCase();
    if (lower.startsWith('max-age=') && Number(attribute.slice(8)) <= 0) deletes = true;
    if (lower.startsWith('expires=')) {
      const when = Date.parse(attribute.slice(8));
      if (Number.isFinite(when) && when <= now) deletes = true;
    }
  }
  return {
    cookie: {
      name: clip(name),
      bytes: pair.trim().length,
      attributes,
      deletes,
      replaces: !deletes && sent.some((cookie) => cookie.name === name),
    },
    value,
  };
}
