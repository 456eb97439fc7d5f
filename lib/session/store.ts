import type { ExpiryReason, SessionRecord } from './types';

/** A session the sweep deleted: enough to announce `expired`. */
export interface SweptSession {
  id: string;
  reason: ExpiryReason;
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
  get(id: string): Promise<SessionRecord | null>;
  /** Inserts a new record; fails if the ID is taken. */
  create(record: SessionRecord): Promise<void>;
  destroy(id: string): Promise<boolean>;
  /** Records activity. Returns false when the session is gone. */
  touch(id: string, lastAccessedAt: number): Promise<boolean>;
  /**
   * Atomic read-modify-write: `change` sees the current record and returns the
   * next one (or null to leave it as is). Parallel updates never lose a write.
   * Returns the stored record, or null when the session does not exist.
   * `change` may run more than once (Redis retries when another writer came
   * first), so it must only compute, with no side effects.
   */
  update(id: string, change: (current: SessionRecord) => SessionRecord | null): Promise<SessionRecord | null>;
  /** Moves a record to a new ID in one step; the old ID stops working. */
  rename(oldId: string, newId: string): Promise<boolean>;
  listByUser(userId: string): Promise<SessionRecord[]>;
  listAll(limit: number): Promise<SessionRecord[]>;
  /**
   * Deletes up to `limit` sessions whose deadline is before `now`; returns
   * them. With several instances sweeping one store, each session is returned
   * once, to one of them (so `expired` is announced once).
   */
  sweep(now: number, limit: number): Promise<SweptSession[]>;
  count(): Promise<number>;
  /** Which server holds this session (host:port), for stores spread over servers; absent for a local file. */
  nodeOf?(id: string): Promise<string>;
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
