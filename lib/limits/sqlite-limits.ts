import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../session/store';
import { retryAfter, type LimitStore, type TakeResult, type WindowRule } from './limit-store';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS hits (
  key TEXT NOT NULL,
  token TEXT NOT NULL,
  at INTEGER NOT NULL,
  -- when this hit leaves its window: rows past it are deleted
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (key, token)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS hits_by_expiry ON hits (expires_at);
CREATE TABLE IF NOT EXISTS slots (
  pool TEXT NOT NULL,
  token TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (pool, token)
) WITHOUT ROWID;
`;

/** Another process held the write lock past busy_timeout: a 503 to try again, not a 500. */
function busyIsUnavailable<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    const code = (error as { code?: unknown })?.code;
    if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) {
      throw new StoreUnavailableError('The limits database is busy.', { cause: error });
    }
    throw error;
  }
}

/**
 * The limits in their own SQLite file beside the sessions (data/limits.db):
 * every `next start` on this machine shares it, and a transaction makes each
 * check-and-count atomic across processes.
 */
export class SqliteLimitStore implements LimitStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly statements;
  private readonly takeAll: (rules: WindowRule[], now: number, token: string) => TakeResult;
  private readonly acquireSlot: (pool: string, max: number, leaseMs: number, now: number) => string | null;

  constructor(readonly path: string) {
    if (path !== ':memory:') {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    }
    this.db = new Database(path);
    // Counts of who tried what: this user's business only.
    if (path !== ':memory:') chmodSync(path, 0o600);
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    const db = this.db;
    this.statements = {
      prune: db.prepare<[string, number]>('DELETE FROM hits WHERE key = ? AND at <= ?'),
      times: db.prepare<[string], { at: number }>('SELECT at FROM hits WHERE key = ?'),
      insert: db.prepare<[string, string, number, number]>('INSERT INTO hits (key, token, at, expires_at) VALUES (?, ?, ?, ?)'),
      refund: db.prepare<[string, string]>('DELETE FROM hits WHERE key = ? AND token = ?'),
      reset: db.prepare<[string]>('DELETE FROM hits WHERE key = ?'),
      // Old rows of keys nobody uses again, a few at a time on each write.
      sweep: db.prepare<[number]>('DELETE FROM hits WHERE (key, token) IN (SELECT key, token FROM hits WHERE expires_at <= ? LIMIT 100)'),
      pruneSlots: db.prepare<[string, number]>('DELETE FROM slots WHERE pool = ? AND expires_at <= ?'),
      countSlots: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM slots WHERE pool = ?'),
      insertSlot: db.prepare<[string, string, number]>('INSERT INTO slots (pool, token, expires_at) VALUES (?, ?, ?)'),
      releaseSlot: db.prepare<[string, string]>('DELETE FROM slots WHERE pool = ? AND token = ?'),
    };
    const s = this.statements;
    const live = (rule: WindowRule, now: number) => {
      s.prune.run(rule.key, now - rule.windowMs);
      return s.times.all(rule.key).map((row) => row.at);
    };
    // IMMEDIATE: take the write lock before reading, so two processes cannot both see room.
    this.takeAll = db
      .transaction((rules: WindowRule[], now: number, token: string): TakeResult => {
        s.sweep.run(now);
        const wait = Math.max(0, ...rules.map((rule) => retryAfter(live(rule, now), rule, now)));
        if (wait > 0) return { allowed: false, retryAfterMs: wait };
        for (const rule of rules) s.insert.run(rule.key, token, now, now + rule.windowMs);
        return { allowed: true, token };
      })
      .immediate.bind(null) as typeof this.takeAll;
    this.acquireSlot = db
      .transaction((pool: string, max: number, leaseMs: number, now: number) => {
        s.pruneSlots.run(pool, now);
        if (s.countSlots.get(pool)!.n >= max) return null;
        const token = randomUUID();
        s.insertSlot.run(pool, token, now + leaseMs);
        return token;
      })
      .immediate.bind(null) as typeof this.acquireSlot;
  }

  async take(rules: WindowRule[], now: number): Promise<TakeResult> {
    return busyIsUnavailable(() => this.takeAll(rules, now, randomUUID()));
  }

  async wait(rules: WindowRule[], now: number): Promise<number> {
    const s = this.statements;
    return Math.max(
      0,
      ...rules.map((rule) =>
        retryAfter(
          s.times
            .all(rule.key)
            .map((row) => row.at)
            .filter((at) => at > now - rule.windowMs),
          rule,
          now,
        ),
      ),
    );
  }

  async refund(key: string, token: string): Promise<void> {
    this.statements.refund.run(key, token);
  }

  async reset(key: string): Promise<void> {
    this.statements.reset.run(key);
  }

  async acquire(pool: string, max: number, leaseMs: number, now: number): Promise<string | null> {
    return busyIsUnavailable(() => this.acquireSlot(pool, max, leaseMs, now));
  }

  async release(pool: string, token: string): Promise<void> {
    this.statements.releaseSlot.run(pool, token);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
