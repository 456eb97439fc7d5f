import { randomBytes } from 'node:crypto';
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

export function newEventId(): string {
  return randomBytes(9).toString('base64url');
}

/**
 * Where lifecycle events go. In one process an EventEmitter is enough; with
 * several instances the Redis bus fans them out through pub/sub.
 */
export interface SessionEventBus {
  publish(event: SessionEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: (event: SessionEvent) => void): () => void;
  /** The last events of one session, oldest first, for the timeline. */
  recent(session: string): SessionEvent[];
}

const HISTORY_PER_SESSION = 50;
const SESSIONS_REMEMBERED = 2000;

/** Keeps a short history per session so a page opened late still shows its timeline. */
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
  private readonly history = new EventHistory();

  publish(event: SessionEvent): void {
    this.history.add(event);
    this.emitter.emit('event', event);
  }

  subscribe(listener: (event: SessionEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  recent(session: string): SessionEvent[] {
    return this.history.get(session);
  }
}
