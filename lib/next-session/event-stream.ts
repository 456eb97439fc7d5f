import 'server-only';
import type { SessionEvent } from '../session/events';
import type { HttpSession } from '../session/http-session';
import type { WireEntry } from '../wire/wire-entry';
import type { SessionManager } from '../session/session-manager';
import type { WireRecorder } from '../wire/recorder';
import { formatSse, type SessionDeadlines, type StreamMessage } from './stream-protocol';

export interface EventStreamOptions {
  manager: SessionManager;
  /** The session the request's cookie names, loaded without touching it. */
  session: HttpSession;
  /** Aborts when the browser goes away. */
  signal: AbortSignal;
  heartbeatMs?: number;
  /** How often the store is re-read for deadlines nobody announced (touches, a new idle timeout). */
  pollMs?: number;
  /** Sent as the SSE `retry:` so EventSource reconnects quickly after a regeneration. */
  retryMs?: number;
  /** The Last-Event-ID header of a reconnecting EventSource: what it saw last. */
  lastEventId?: string | null;
  /** This session's requests as they cross the wire; none when absent. */
  wire?: WireRecorder;
  /** After a logout, how long the stream waits for the request that deleted the cookie, to show it. */
  wireGraceMs?: number;
}

/**
 * The events a reconnecting browser missed: those after `lastEventId` in the
 * session's history (which follows the session through a regeneration). None
 * when the id is unknown: better a gap than a repeat.
 */
export function missedEvents(history: SessionEvent[], lastEventId: string | null | undefined): SessionEvent[] {
  if (!lastEventId) return [];
  const index = history.findIndex((event) => event.id === lastEventId);
  return index === -1 ? [] : history.slice(index + 1);
}

/** How long a stream whose session vanished waits for the `expired` another instance announces. */
export const GONE_GRACE_MS = 2_000;

/** One browser needs one stream (its tabs share it); a few spare for reloads still closing. */
export const MAX_STREAMS_PER_SESSION = 8;
const openStreams = new Map<string, number>();

export function openStreamCount(fingerprint: string): number {
  return openStreams.get(fingerprint) ?? 0;
}

/**
 * Every open stream's end, for endAllEventStreams. On globalThis: the routes
 * and instrumentation (which calls it) are bundled apart, each with its own
 * copy of this module.
 */
const LIVE_KEY = Symbol.for('session-lab.event-streams');
type LiveStreams = { ends: Set<() => void>; shuttingDown: boolean };
const liveStreams = ((globalThis as typeof globalThis & { [LIVE_KEY]?: LiveStreams })[LIVE_KEY] ??= {
  ends: new Set(),
  shuttingDown: false,
});

/**
 * Ends every event stream of this process, and each one opened from now on at
 * once: for a server shutting down. `next start` waits for open responses
 * before it exits, and a stream never ends by itself. Ended cleanly, each
 * browser's EventSource reconnects after `retry` (to another instance, when
 * there are several). A stream still waiting for a logout's own request
 * (after `invalidated`) ends without showing it: the page already says ended.
 */
export function endAllEventStreams(): void {
  liveStreams.shuttingDown = true;
  for (const end of [...liveStreams.ends]) {
    try {
      end();
    } catch (error) {
      // One stream's failure must not leave the others open (and the server running).
      console.error('Ending an event stream at shutdown failed:', error);
    }
  }
}

function deadlinesOf(session: HttpSession): SessionDeadlines {
  return {
    session: session.fingerprint,
    idleExpiresAt: session.idleExpiresAt,
    absoluteExpiresAt: session.absoluteExpiresAt,
    maxInactiveInterval: session.maxInactiveInterval,
  };
}

/**
 * When to look at the store next: every `pollMs`, and also just before the
 * deadline (to catch a last-second touch from another tab) and just after it
 * (to enforce the timeout, which publishes `expired`).
 */
export function nextCheckDelay(now: number, deadline: number, pollMs: number): number {
  const untilDeadline = deadline - now;
  if (untilDeadline > pollMs + 1000) return pollMs;
  if (untilDeadline > 1000) return untilDeadline - 1000;
  return Math.max(0, untilDeadline) + 100;
}

/**
 * This session's lifecycle events as Server-Sent Events. Watching never
 * touches the session: the store is only read, so an open tab does not keep
 * an idle session alive. The stream ends when the session does (expired,
 * invalidated) and when its ID changes (regenerated): the cookie that opened
 * it no longer names a session, so the browser reconnects with its new
 * cookie rather than this stream following the new ID on an old credential.
 *
 * Returns null when this session already has too many streams open.
 */
export function openSessionEventStream(options: EventStreamOptions): ReadableStream<Uint8Array> | null {
  const { manager, session, signal } = options;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const pollMs = options.pollMs ?? 5_000;
  const retryMs = options.retryMs ?? 1_000;
  const fingerprint = session.fingerprint;
  if (openStreamCount(fingerprint) >= MAX_STREAMS_PER_SESSION) return null;
  openStreams.set(fingerprint, openStreamCount(fingerprint) + 1);

  const encoder = new TextEncoder();
  let finish = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let deadlines = deadlinesOf(session);
      let checkTimer: ReturnType<typeof setTimeout> | undefined;
      let unsubscribe = () => {};
      let unsubscribeWire = () => {};
      let graceTimer: ReturnType<typeof setTimeout> | undefined;
      let ending = false;

      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const send = (message: StreamMessage) => write(formatSse(message));
      const heartbeat = setInterval(() => write(': heartbeat\n\n'), heartbeatMs);

      const end = () => {
        if (closed) return;
        closed = true;
        liveStreams.ends.delete(end);
        clearInterval(heartbeat);
        clearTimeout(checkTimer);
        clearTimeout(graceTimer);
        unsubscribe();
        unsubscribeWire();
        signal.removeEventListener('abort', finish);
        const left = openStreamCount(fingerprint) - 1;
        if (left > 0) openStreams.set(fingerprint, left);
        else openStreams.delete(fingerprint);
        try {
          controller.close();
        } catch {
          // already closed by the reader going away
        }
      };
      finish = end;
      liveStreams.ends.add(end);

      const onEvent = (event: SessionEvent) => {
        const regeneratedFromHere = event.type === 'regenerated' && event.previous === fingerprint;
        if (event.session !== fingerprint && !regeneratedFromHere) return;
        send({ event: 'session', data: event });
        if (regeneratedFromHere || event.type === 'expired') {
          // This process's requests noted before the event are built with the next batch, up to 50 ms on: build it now
          // (that part is synchronous) so this stream hands them on before it ends; a rotation moves them to the new ID,
          // whose stream replays them. Not covered: other instances' requests (they come through the store later), and
          // an end before the stored entries are replayed (the stream closes with them held).
          void options.wire?.flush();
          finish();
        } else if (event.type === 'invalidated') {
          // A logout's own request (the one whose response deletes the cookie)
          // is written after this event: wait a moment for it. A revocation
          // from elsewhere has none, and ends the stream when the wait is over.
          ending = true;
          clearTimeout(checkTimer);
          graceTimer = setTimeout(finish, options.wire ? (options.wireGraceMs ?? 1000) : 0);
        }
      };

      const onWire = (entry: WireEntry) => {
        send({ event: 'wire', data: entry });
        if (ending && entry.steps.includes('deleted')) finish();
      };

      const check = async () => {
        let live: HttpSession | null;
        try {
          live = await manager.load(session.id, { touch: false });
        } catch {
          // The store is down for a moment: look again later, the browser keeps waiting.
          schedule();
          return;
        }
        if (closed) return;
        if (!live) {
          // Usually load() has just published `expired` and onEvent ended us. If
          // another instance won the claim to announce it, its event is on its
          // way through Redis: wait a moment for it. If nothing comes, the row
          // went without an event (deleted by hand): say so plainly.
          checkTimer = setTimeout(() => {
            send({ event: 'gone', data: { session: fingerprint } });
            finish();
          }, GONE_GRACE_MS);
          return;
        }
        const next = deadlinesOf(live);
        if (
          next.idleExpiresAt !== deadlines.idleExpiresAt ||
          next.absoluteExpiresAt !== deadlines.absoluteExpiresAt ||
          next.maxInactiveInterval !== deadlines.maxInactiveInterval
        ) {
          deadlines = next;
          send({ event: 'deadline', data: next });
        }
        schedule();
      };

      const schedule = () => {
        if (closed || ending) return;
        const deadline = Math.min(deadlines.idleExpiresAt, deadlines.absoluteExpiresAt);
        checkTimer = setTimeout(() => void check(), nextCheckDelay(manager.now(), deadline, pollMs));
      };

      if (signal.aborted || liveStreams.shuttingDown) {
        finish();
        return;
      }
      signal.addEventListener('abort', finish, { once: true });
      write(`retry: ${retryMs}\n\n`);
      send({ event: 'ready', data: deadlines });
      if (options.wire) {
        // Listen first and hold live entries until the stored ones are sent, so none falls in between.
        const held: WireEntry[] = [];
        let replayed = false;
        unsubscribeWire = options.wire.subscribe(fingerprint, (entry) => (replayed ? onWire(entry) : held.push(entry)));
        void options.wire
          .recent(fingerprint)
          .catch(() => [] as WireEntry[]) // the store is out of reach: the list fills in live
          .then((entries) => {
            if (closed) return;
            const sent = new Set<string>();
            for (const entry of entries) {
              sent.add(entry.id);
              send({ event: 'wire', data: entry });
            }
            replayed = true;
            for (const entry of held) if (!sent.has(entry.id)) onWire(entry);
          });
      }
      if (!options.lastEventId) {
        unsubscribe = manager.events.subscribe(onEvent);
        schedule();
        return;
      }
      // A reconnect: replay what it missed (events between a regeneration, which
      // ends the old stream, and this one; or another instance's events). Listen
      // first and hold live events until the history is read, so none falls in
      // between; the ones both in the history and live are sent once.
      const held: SessionEvent[] = [];
      unsubscribe = manager.events.subscribe((event) => held.push(event));
      const lastEventId = options.lastEventId;
      void manager.events
        .history(fingerprint)
        .catch(() => [] as SessionEvent[]) // the shared history is out of reach: a gap, not a failed stream
        .then((history) => {
          if (closed) return;
          const sent = new Set<string>();
          for (const event of missedEvents(history, lastEventId)) {
            sent.add(event.id);
            onEvent(event);
          }
          if (closed) return; // the replay ended the stream (expired, invalidated, regenerated)
          unsubscribe();
          unsubscribe = manager.events.subscribe(onEvent);
          for (const event of held) if (!sent.has(event.id) && event.id !== lastEventId) onEvent(event);
          schedule();
        });
    },
    cancel() {
      finish();
    },
  });
}
