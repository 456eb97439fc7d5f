import { randomFillSync } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { ExpiryReason } from './types';

/** The Servlet listener callbacks, as data. */
export type SessionEventType =
  'created' | 'attributeAdded' | 'attributeReplaced' | 'attributeRemoved' | 'regenerated' | 'expired' | 'invalidated';

export interface SessionEvent {
  /** Unique: lets a reconnecting stream say where it stopped (SSE Last-Event-ID). */
  id: string;
  type: SessionEventType;
  /** Fingerprint of the session (never the ID). For `regenerated`, the new one. */
  session: string;
  at: number;
  /** The attribute, for attribute events. */
  name?: string;
  /** For `regenerated`: the fingerprint the session had before. */
  previous?: string;
  reason?: ExpiryReason;
}

const ID_BYTES = 9;
/*
 * Random bytes for 512 IDs, drawn in one call: a call per ID (randomBytes(9))
 * took 5.3 µs here against 0.1 µs from the pool, and a sweep of 100 k
 * sessions that expired together publishes 100 k events on the event loop.
 * The IDs only need to be unique, but they come from the same CSPRNG.
 */
const idPool = Buffer.alloc(ID_BYTES * 512);
let idOffset = idPool.length;

export function newEventId(): string {
  if (idOffset === idPool.length) {
    randomFillSync(idPool);
    idOffset = 0;
  }
  const id = idPool.toString('base64url', idOffset, idOffset + ID_BYTES);
  idOffset += ID_BYTES;
  return id;
}

export interface PublishOptions {
  /**
   * Until when (epoch ms) the event must stay in the session's history: the
   * session's absolute deadline, which no activity moves, so the history
   * never outlives the session by more than a short grace.
   */
  keepUntil?: number;
}

/** How long a history is kept when the publisher does not say. */
export const DEFAULT_HISTORY_MS = 10 * 60_000;

/**
 * Where lifecycle events go. In one process an EventEmitter is enough; with
 * several instances the Redis bus fans them out through pub/sub and keeps each
 * session's history in Redis, so every instance replays the same events.
 */
export interface SessionEventBus {
  /** Delivers to this process's subscribers at once; never throws (events are a view, not the state). */
  publish(event: SessionEvent, options?: PublishOptions): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: (event: SessionEvent) => void): () => void;
  /**
   * The last events of one session, oldest first (the timeline, and what a
   * reconnecting stream replays). Follows the session through regenerations.
   * Throws StoreUnavailableError when the shared history cannot be read.
   */
  history(session: string): Promise<SessionEvent[]>;
}

export const HISTORY_PER_SESSION = 50;
const SESSIONS_REMEMBERED = 2000;

/** Keeps a short history per session in memory (one process) so a page opened late still shows its timeline. */
export class EventHistory {
  private readonly bySession = new Map<string, SessionEvent[]>();

  add(event: SessionEvent): void {
    const key = event.session;
    const list = this.bySession.get(key) ?? (event.previous ? this.bySession.get(event.previous) : undefined) ?? [];
    if (event.previous) this.bySession.delete(event.previous);
    this.bySession.delete(key); // re-insert: Map order doubles as least-recently-used order
    list.push(event);
    if (list.length > HISTORY_PER_SESSION) list.splice(0, list.length - HISTORY_PER_SESSION);
    this.bySession.set(key, list);
    if (this.bySession.size > SESSIONS_REMEMBERED) {
      const oldest = this.bySession.keys().next().value;
      if (oldest !== undefined) this.bySession.delete(oldest);
    }
  }

  get(session: string): SessionEvent[] {
    return [...(this.bySession.get(session) ?? [])];
  }
}

export class LocalEventBus implements SessionEventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly kept = new EventHistory();

  publish(event: SessionEvent): void {
    this.kept.add(event);
    this.emitter.emit('event', event);
  }

  subscribe(listener: (event: SessionEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  history(session: string): Promise<SessionEvent[]> {
    return Promise.resolve(this.kept.get(session));
  }
}
