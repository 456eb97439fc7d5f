import { useSyncExternalStore } from 'react';
import type { SessionEvent } from '../session/events';
import {
  endsSession,
  STREAM_EVENT_NAMES,
  type SessionDeadlines,
  type StreamEventName,
  type StreamMessage,
} from '../next-session/stream-protocol';
import { mergeWireEntries, type WireEntry } from '../wire/wire-entry';
import { afterLoad } from './after-load';
import { oncePerTask } from './per-task';

/**
 * The server session's lifecycle, live, in every tab of this site with one
 * connection for all of them. Browsers allow about six HTTP/1.1 connections
 * per host, so a stream per tab would stall the seventh tab. The tab that
 * holds a Web Lock opens GET /api/events and relays each message to the
 * others over BroadcastChannel; when it closes, the next tab takes over.
 */
const CHANNEL = 'session-lab:events';
const LOCK = 'session-lab:events';
const MAX_EVENTS = 50;
/** After the session ends, the stream stays open this long for the request that ended it (the logout's Set-Cookie). */
const ENDING_GRACE_MS = 1500;
/**
 * After a new ID the stream ends and EventSource reconnects with the browser's
 * cookie. If the response that carries the new cookie has not landed yet, the
 * old one names no session and the server refuses (401): open the stream
 * again, a second apart, this many times before giving up.
 */
const REOPENS_AFTER_NEW_ID = 5;
const REOPEN_MS = 1000;

export interface LiveSession {
  /**
   * connecting: no word yet, or the stream dropped and EventSource is reconnecting (a server restarting);
   * live: streaming; ended: the session is over; unavailable: no stream (no session, refused).
   */
  status: 'connecting' | 'live' | 'ended' | 'unavailable';
  /** Fingerprint of the session the stream watches. */
  session: string | null;
  deadlines: SessionDeadlines | null;
  /** Events received since this page loaded, oldest first. */
  events: SessionEvent[];
  /** How it ended, when status is `ended`. */
  ending: StreamMessage | null;
  /** This browser's requests as the server saw them, oldest first; kept across a logout, for the view. */
  wire: WireEntry[];
}

type Relay = { kind: 'message'; message: StreamMessage } | { kind: 'unavailable' } | { kind: 'dropped' } | { kind: 'sync' };

/**
 * What the page shows before the stream speaks, on the server too: hydration
 * then finds the browser's state the same object and renders nothing again.
 * (A server value of its own, such as null, made React render every live part
 * again after hydrating, synchronously, in one long task on a phone.)
 */
const BEFORE_THE_STREAM: LiveSession = { status: 'connecting', session: null, deadlines: null, events: [], ending: null, wire: [] };

let state: LiveSession = BEFORE_THE_STREAM;
const storeListeners = new Set<() => void>();
const messageListeners = new Set<(message: StreamMessage) => void>();
let channel: BroadcastChannel | null = null;
let leadership: AbortController | null = null;
let participating = false;
/** The leader's latest ready/deadline message, for tabs that join later. */
let latest: StreamMessage | null = null;

/** A logout ends the session during a request whose response (deleting the cookie) the wire view still has to show. */
function awaitsItsRequest(message: StreamMessage): boolean {
  return message.event === 'session' && message.data.type === 'invalidated';
}

function setState(next: LiveSession) {
  state = next;
  storeListeners.forEach((notify) => notify());
}

/**
 * Wire entries that came in one go show in one render: a new stream first
 * sends every entry the server kept (up to 40, in one chunk), and rendering
 * every subscriber once for each of them blocked a phone for half a second.
 */
const addWire = oncePerTask<WireEntry>((entries) => {
  const wire = mergeWireEntries(state.wire, entries);
  if (wire !== state.wire) setState({ ...state, wire });
});

function receive(message: StreamMessage) {
  switch (message.event) {
    case 'ready':
    case 'deadline': {
      const { data } = message;
      if (state.status === 'ended' && data.session !== state.session) {
        // Another tab started a new session after this one ended: follow it.
        setState({ status: 'live', session: data.session, deadlines: data, events: [], ending: null, wire: state.wire });
        participate();
      } else if (state.status !== 'ended' && (message.event === 'ready' || data.session === state.session || !state.session)) {
        setState({ ...state, status: 'live', session: data.session, deadlines: data });
      }
      break;
    }
    case 'session': {
      const { data } = message;
      const events = [...state.events, data].slice(-MAX_EVENTS);
      const session = data.type === 'regenerated' && data.previous === state.session ? data.session : state.session;
      setState({ ...state, events, session });
      break;
    }
    case 'wire':
      addWire(message.data);
      break;
    case 'gone':
      break;
  }
  if (endsSession(message)) {
    setState({ ...state, status: 'ended', ending: message });
    // This tab shows a session that is over: it stops taking part until a new
    // one shows up, after the request that ended it has come over the wire.
    const ended = leadership;
    if (awaitsItsRequest(message)) setTimeout(() => ended?.abort(), ENDING_GRACE_MS);
    else ended?.abort();
  }
  messageListeners.forEach((listener) => listener(message));
}

function parse(event: StreamEventName, text: string): StreamMessage | null {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null || typeof (data as { session?: unknown }).session !== 'string') return null;
    return { event, data } as StreamMessage;
  } catch {
    return null;
  }
}

/** Holds the stream while this tab holds the lock; resolves (releasing the lock) when the stream is over. */
function lead(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    let source: EventSource | null = null;
    let reopens = 0;
    /** The session this tab's stream was opened on (its `ready`). */
    let watching: string | null = null;
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;
    const answerSync = ({ data }: MessageEvent<Relay>) => {
      if (data?.kind === 'sync' && latest) channel?.postMessage({ kind: 'message', message: latest } satisfies Relay);
    };
    const stop = () => {
      clearTimeout(reopenTimer);
      source?.close();
      channel?.removeEventListener('message', answerSync);
      signal.removeEventListener('abort', stop);
      resolve();
    };
    const open = () => {
      const current = new EventSource('/api/events');
      source = current;
      for (const name of STREAM_EVENT_NAMES) {
        current.addEventListener(name, (event) => {
          const message = parse(name, (event as MessageEvent<string>).data);
          if (!message) return;
          if (message.event === 'ready' || message.event === 'deadline') latest = message;
          if (message.event === 'ready') {
            watching = message.data.session;
            reopens = 0;
          } else if (message.event === 'session' && message.data.type === 'regenerated' && message.data.previous === watching) {
            reopens = REOPENS_AFTER_NEW_ID; // a replayed rotation of an earlier ID does not end this stream
          }
          channel?.postMessage({ kind: 'message', message } satisfies Relay);
          receive(message);
          if (
            endsSession(message)
              ? !awaitsItsRequest(message)
              : message.event === 'wire' && state.status === 'ended' && message.data.steps.includes('deleted')
          )
            stop();
        });
      }
      current.addEventListener('error', () => {
        // CONNECTING: EventSource retries by itself (after a regeneration, with whatever cookie the browser has by then).
        // CLOSED: the server refused (no session, too many streams); give the lock to another tab,
        // unless the refusal may be the old cookie of a new ID (see REOPENS_AFTER_NEW_ID).
        if (current.readyState !== EventSource.CLOSED) {
          // A tab that joins now must not be told the old stream's deadlines as if live.
          latest = null;
          // Not after a new ID (the server ended the stream on purpose; see REOPENS_AFTER_NEW_ID):
          // a dropped stream (a server restarting) must not say it is live until the next `ready`.
          if (reopens === 0) {
            channel?.postMessage({ kind: 'dropped' } satisfies Relay);
            dropped();
          }
          return;
        }
        if (reopens > 0) {
          reopens--;
          reopenTimer = setTimeout(open, REOPEN_MS);
          return;
        }
        channel?.postMessage({ kind: 'unavailable' } satisfies Relay);
        if (state.status !== 'ended') setState({ ...state, status: 'unavailable' });
        stop();
      });
    };
    channel?.addEventListener('message', answerSync);
    signal.addEventListener('abort', stop);
    open();
  });
}

/** Queues for the lock: whoever holds it streams for every tab. */
function participate() {
  if (participating) return;
  participating = true;
  const controller = new AbortController();
  leadership = controller;
  // Settles when this tab's stream is over or it stopped waiting (its session ended).
  const done = () => {
    // Unless pagehide already let go of this one (and pageshow may have queued anew).
    if (leadership === controller) participating = false;
  };
  if (navigator.locks) {
    navigator.locks.request(LOCK, { signal: controller.signal }, () => lead(controller.signal)).then(done, done);
  } else {
    void lead(controller.signal).then(done); // no Web Locks (plain http): one stream per tab
  }
}

/** The stream dropped and EventSource is reconnecting. */
function dropped() {
  if (state.status === 'live') setState({ ...state, status: 'connecting' });
}

function relayed({ data }: MessageEvent<Relay>) {
  if (data?.kind === 'message') receive(data.message);
  else if (data?.kind === 'dropped') dropped();
  else if (data?.kind === 'unavailable' && state.status === 'connecting') setState({ ...state, status: 'unavailable' });
}

function connect() {
  if (channel) return; // back from the back/forward cache before the first start ran
  channel = new BroadcastChannel(CHANNEL);
  channel.addEventListener('message', relayed);
  if (state.status !== 'ended') participate();
  // If another tab already streams, it answers with the latest deadlines.
  channel.postMessage({ kind: 'sync' } satisfies Relay);
}

/**
 * A page with an open stream, a held Web Lock or an open BroadcastChannel is
 * not eligible for the back/forward cache in Chromium. So all three close when
 * the page is hidden for a navigation (pagehide) and open again if it comes
 * back from that cache (pageshow with persisted); another tab takes the lock
 * and the stream meanwhile.
 */
function disconnect() {
  leadership?.abort();
  leadership = null;
  participating = false;
  channel?.removeEventListener('message', relayed);
  channel?.close();
  channel = null;
}

let started = false;

/** The first subscriber starts it, once the page has loaded (off the phone's critical path); until then the status is `connecting`. */
function start() {
  if (started || typeof window === 'undefined' || typeof EventSource === 'undefined') return;
  started = true;
  window.addEventListener('pagehide', disconnect);
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && !channel) connect();
  });
  afterLoad(connect);
}

function subscribe(notify: () => void) {
  start();
  storeListeners.add(notify);
  return () => storeListeners.delete(notify);
}

/** The live session as the server streams it; `connecting` while rendering on the server and until the stream starts. */
export function useLiveSession(): LiveSession {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => BEFORE_THE_STREAM,
  );
}

/** Calls `listener` for every message from the stream (relayed or direct). */
export function onLiveMessage(listener: (message: StreamMessage) => void): () => void {
  start();
  messageListeners.add(listener);
  return () => messageListeners.delete(listener);
}
