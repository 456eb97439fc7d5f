import type { SessionEvent } from '../session/events';
import type { WireEntry } from '../wire/wire-entry';

/**
 * What GET /api/events sends, shared by the server that writes it and the
 * browser that reads it. Each message is one SSE `event:` with JSON `data:`.
 */
export interface SessionDeadlines {
  /** Fingerprint of the watched session. */
  session: string;
  idleExpiresAt: number;
  absoluteExpiresAt: number;
  maxInactiveInterval: number;
}

export type StreamMessage =
  /** Sent first: which session this stream watches and when it would end. */
  | { event: 'ready'; data: SessionDeadlines }
  /** A lifecycle event of the watched session. */
  | { event: 'session'; data: SessionEvent }
  /** The deadlines moved: another tab was active, or the idle timeout changed. */
  | { event: 'deadline'; data: SessionDeadlines }
  /** The session is no longer in the store, without an event here (another instance ended it). */
  | { event: 'gone'; data: { session: string } }
  /** A request of the watched session as it crossed the wire (its recent ones first, on connect). */
  | { event: 'wire'; data: WireEntry };

export type StreamEventName = StreamMessage['event'];
export const STREAM_EVENT_NAMES: readonly StreamEventName[] = ['ready', 'session', 'deadline', 'gone', 'wire'];

/** The events after which the stream ends: the session is over for good. */
export function endsSession(message: StreamMessage): boolean {
  return (
    message.event === 'gone' || (message.event === 'session' && (message.data.type === 'expired' || message.data.type === 'invalidated'))
  );
}

/** Formats one message the way EventSource parses it. */
export function formatSse(message: StreamMessage): string {
  // Lifecycle events carry their id, so a reconnecting EventSource sends Last-Event-ID.
  const id = message.event === 'session' ? `id: ${message.data.id}\n` : '';
  return `${id}event: ${message.event}\ndata: ${JSON.stringify(message.data)}\n\n`;
}
