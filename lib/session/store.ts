import type { ExpiryReason, SessionRecord } from './types';

/** A session the sweep deleted: enough to announce `expired` (Redis may have deleted the record itself already). */
export interface SweptSession {
  fingerprint: string;
  reason: ExpiryReason;
}

/** Time as the sweeper (sweeper.ts) sees it: injected, so tests drive the budget with a fake clock. */
export interface SweepClock {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Lets requests run for `ms`. */
  pause(ms: number): Promise<void>;
}

/**
 * What every session store must do. SQLite and Redis implement it, and one
 * contract test suite runs against both.
 *
 * Stores hold records and keep them consistent; they do not decide policy.
 * Expiry rules live in the manager, which passes `now` in, so a fake clock
 * drives every test.
 */
export interface SessionStore {
  readonly kind: 'sqlite' | 'redis';
  /**
   * Every record is filed under its key, the SHA-256 of the session ID
   * (sessionKey): no store ever sees or holds an ID that opens a session.
   */
  get(key: string): Promise<SessionRecord | null>;
  /**
   * The record whose key starts with this fingerprint (fingerprintOfKey), found
   * through the store's key index in one lookup, however many sessions it holds.
   */
  getByFingerprint(fingerprint: string): Promise<SessionRecord | null>;
  /**
   * Reads a record and, in the same step (one round trip), records activity at
   * `now` if the last one is at least `minIntervalMs` old and the record's
   * deadline is still ahead (a dead record is returned as it is, never revived).
   * Returns the record as it is after the touch, or null when there is none.
   */
  getAndTouch(key: string, now: number, minIntervalMs: number): Promise<SessionRecord | null>;
  /** Inserts a new record; fails if the key is taken. */
  create(record: SessionRecord): Promise<void>;
  destroy(key: string): Promise<boolean>;
  /** Records activity. Returns false when the session is gone. */
  touch(key: string, lastAccessedAt: number): Promise<boolean>;
  /**
   * Atomic read-modify-write: `change` sees the current record and returns the
   * next one (or null to leave it as is). Parallel updates never lose a write.
   * Returns the stored record, or null when the session does not exist.
   * `change` may run more than once (Redis retries when another writer came
   * first), so it must only compute, with no side effects.
   */
  update(key: string, change: (current: SessionRecord) => SessionRecord | null): Promise<SessionRecord | null>;
  /**
   * Moves a record to a new key; the old key stops working at once. `change`,
   * if given, also rewrites the record in that same move (as in update, and
   * with the same rules), so a login is one move, not a move and a write per
   * attribute. SQLite moves it in one write; Redis in two steps, because the
   * new key lives in another cluster slot (see redis-store.ts).
   * Returns the stored record, or null when the old key is unknown; fails if
   * the new key is taken.
   */
  rename(oldKey: string, newKey: string, change?: (current: SessionRecord) => SessionRecord): Promise<SessionRecord | null>;
  listByUser(userId: string): Promise<SessionRecord[]>;
  listAll(limit: number): Promise<SessionRecord[]>;
  /**
   * Deletes up to `limit` sessions whose deadline is before `now`; returns
   * them. With several instances sweeping one store, each session is returned
   * once, to one of them (so `expired` is announced once).
   */
  sweep(now: number, limit: number): Promise<SweptSession[]>;
  /**
   * For a store whose sweep runs off the event loop: time that advances only
   * by the sweep's own work, so the sweeper budgets that work and not the
   * wait for an event loop busy serving requests. Absent: the sweep's work is
   * the wall time of the call.
   */
  readonly sweepClock?: SweepClock;
  /**
   * The sweep for one session whose record is already gone (a store that
   * deletes records by itself at their deadline): returns it if this caller
   * won the claim to announce it, else null. Absent when records only go
   * through sweep and destroy (SQLite).
   */
  claimExpired?(key: string, now: number): Promise<SweptSession | null>;
  count(): Promise<number>;
  /** Which server holds this session (host:port), for stores spread over servers; absent for a local file. */
  nodeOf?(key: string): Promise<string>;
  /** Cheap liveness check for /api/health. Throws StoreUnavailableError. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const UNAVAILABLE = Symbol.for('session-lab.StoreUnavailableError');

/** The store cannot be reached; the API answers 503 rather than guessing. */
export class StoreUnavailableError extends Error {
  readonly [UNAVAILABLE] = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }

  // Next bundles proxy.ts and each route separately, each with its own copy of
  // this class, while the store (one per process) throws the copy of whichever
  // bundle created it: `instanceof` checks a mark, not the copy.
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && UNAVAILABLE in value;
  }
}
