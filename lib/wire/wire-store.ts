import { z } from 'zod';
import type { WireEntry } from './wire-entry';

/**
 * Where the wire view's entries live: per session, the newest
 * WIRE_ENTRIES_PER_SESSION, in a table of the session database (SQLite) or a
 * list per session in Redis. Shared by every instance, so `GET /api/wire`
 * answers the same whichever instance serves it; on Redis each append is
 * also published, so a tab whose event stream another instance holds sees
 * the entry live (listen()).
 *
 * Bounded everywhere: a list per session, capped, that lives as long as its
 * session can (`keepMs`, the absolute timeout, from its last request) and a
 * short grace (`endedKeepMs`) once the session ended (logout, expiry).
 */
export interface WireStore {
  readonly kind: 'sqlite' | 'redis';
  /** Adds entries (any sessions, oldest first), trimming each session's list to the newest. */
  append(entries: readonly WireEntry[], now: number): Promise<void>;
  /** This session's entries, oldest first. */
  recent(session: string, now: number): Promise<WireEntry[]>;
  /** A login rotated the ID: the session's entries follow it to its new fingerprint. */
  move(from: string, to: string, now: number): Promise<void>;
  /** The session ended: its list is kept only `endedKeepMs` more. */
  end(session: string, now: number): Promise<void>;
  /** Entries appended by other instances, as they arrive; returns the unsubscribe function. */
  listen(listener: (entry: WireEntry) => void): () => void;
  close(): Promise<void>;
}

export interface WireKeep {
  /** How long a list lives after its last entry: the session's absolute timeout. */
  keepMs: number;
  /** How long it lives once its session ended (a tab may still be showing it). */
  endedKeepMs: number;
}

export const WIRE_ENDED_KEEP_MS = 60_000;

/** A fingerprint as the stores write them; anything else is refused before it reaches a key. */
export const wireSessionSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** An entry whose request ended its session (the cookie deleted, or sent after the end) keeps the list only for the grace. */
export function endsSession(entry: WireEntry): boolean {
  return entry.steps.includes('deleted') || entry.steps.includes('sentEnded');
}

const sentCookie = { name: z.string().max(80), bytes: z.number().int().nonnegative(), sealed: z.string().max(40).optional() };
const entrySchema = z
  .object({
    id: z.string().min(1).max(40),
    session: wireSessionSchema,
    at: z.number().int(),
    method: z.string().max(16),
    path: z.string().max(200),
    kind: z.enum(['page', 'action', 'data', 'api']),
    status: z.number().int().min(100).max(999),
    sent: z.array(z.object(sentCookie).strict()).max(50),
    received: z
      .array(
        z
          .object({
            ...sentCookie,
            attributes: z.array(z.string().max(100)).max(10),
            deletes: z.boolean(),
            replaces: z.boolean(),
          })
          .strict(),
      )
      .max(50),
    steps: z
      .array(z.enum(['noCookie', 'unknownCookie', 'setCookie', 'sentBack', 'sentEnded', 'rotated', 'resealed', 'deleted']))
      .min(1)
      .max(3),
  })
  .strict();

/** An entry as stored: without its session (the key or the row says it, so a move rewrites nothing). */
export function encodeEntry(entry: WireEntry): string {
  const { session: _session, ...rest } = entry;
  return JSON.stringify(rest);
}

/** What a store read back; null for anything that is not an entry (a hand-edited value is skipped, not shown). */
export function decodeEntry(text: unknown, session: string): WireEntry | null {
  if (typeof text !== 'string') return null;
  try {
    const parsed = entrySchema.safeParse({ ...JSON.parse(text), session });
    return parsed.success ? (parsed.data as WireEntry) : null;
  } catch {
    return null;
  }
}

/** A whole entry from another instance (pub/sub), checked like a stored one. */
export function parseEntry(value: unknown): WireEntry | null {
  const parsed = entrySchema.safeParse(value);
  return parsed.success ? (parsed.data as WireEntry) : null;
}
