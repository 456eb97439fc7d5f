import type Database from 'better-sqlite3';
import { SqliteBackground, type BackgroundOptions, type Touch } from './sqlite-background';
import { openSessionDatabase } from './sqlite-file';
import { BY_FINGERPRINT, COLUMNS, SWEPT_COLUMNS, toDeadlines, toParams, toRecord, type Row, type SweptRow } from './sqlite-schema';
import { fingerprintOfKey } from './session-id';
import type { SessionStore } from './store';
import { StoreUnavailableError } from './store';
import { expiresAt, expiryReason, type SessionRecord } from './types';

/**
 * Deletes up to `limit` (2nd) sessions expired by `now` (1st), through the
 * expiry index. It returns only the key and the deadlines: each row is copied
 * from the worker to the event loop, whose time the sweep's budget does not
 * count. Sweeping 100 k sessions kept the event loop busy 2.0-2.4 s in all
 * (rows, events) with whole rows, 1.5 s with these four columns.
 */
const SWEEP_SQL = `DELETE FROM sessions WHERE rowid IN (SELECT rowid FROM sessions WHERE expires_at <= ? LIMIT ?) RETURNING ${SWEPT_COLUMNS}`;

/**
 * Records activity: the idle deadline moves, never past the absolute one.
 * Never back: a touch the worker writes late (it waited for the lock) must
 * not undo a later one (another server's, or a rotation's).
 */
const TOUCH_SQL = `UPDATE sessions SET last_accessed_at = MAX(last_accessed_at, @now),
  expires_at = MIN(MAX(last_accessed_at, @now) + max_inactive * 1000, absolute_expires_at) WHERE key = @key`;

/** SQLite's "busy" and I/O failures as a 503 (StoreUnavailableError); anything else is a bug and stays as it is. */
function storeError(error: unknown): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (/^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL|READONLY|CORRUPT|NOTADB)/.test(code)) {
    return new StoreUnavailableError(`SQLite store: ${(error as Error).message}`, { cause: error });
  }
  return error;
}

/**
 * The default store: one SQLite file, shared safely by every process on the
 * host (WAL lets readers run beside the single writer).
 */
export class SqliteSessionStore implements SessionStore {
  readonly kind = 'sqlite';
  /** The connection, for tests and benches (they count writes with total_changes()). */
  readonly db: Database.Database;
  /** A second connection in a worker thread that the sweep and the touches run on (none for an in-memory database). */
  readonly background: SqliteBackground<SweptRow> | null;
  readonly sweepClock;
  private readonly statements;
  /**
   * Touches handed to the worker and not yet written, by key. A request that
   * touches and then writes the session (a login rotates its ID microseconds
   * later) must not write back the older time.
   */
  private readonly unwritten = new Map<string, number>();
  private touchesFailing = false;

  constructor(
    readonly path: string,
    options: { background?: Pick<BackgroundOptions, 'sqliteModule' | 'onFallback'> } = {},
  ) {
    this.db = openSessionDatabase(path);
    const db = this.db;
    this.background =
      path === ':memory:'
        ? null
        : new SqliteBackground<SweptRow>(path, {
            sweepSql: SWEEP_SQL,
            touchSql: TOUCH_SQL,
            onTouchesWritten: (touches, error) => this.touchesWritten(touches, error),
            onFallback: (error) =>
              console.warn('SQLite store: the sweep and the touches run on the serving connection (its worker could not run).', error),
            ...options.background,
          });
    this.sweepClock = this.background?.clock;
    this.statements = {
      get: db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM sessions WHERE key = ?`),
      byFingerprint: db.prepare<[string, string], Row>(BY_FINGERPRINT),
      insert: db.prepare(
        `INSERT INTO sessions (${COLUMNS}, expires_at) VALUES
         (@key, @user_id, @created_at, @last_accessed_at, @max_inactive, @absolute_expires_at, @user_agent, @attributes, @expires_at)`,
      ),
      replace: db.prepare(
        `UPDATE sessions SET key = @key, user_id = @user_id, last_accessed_at = @last_accessed_at, max_inactive = @max_inactive,
         absolute_expires_at = @absolute_expires_at, expires_at = @expires_at, user_agent = @user_agent,
         attributes = @attributes WHERE key = @old_key`,
      ),
      destroy: db.prepare<[string]>('DELETE FROM sessions WHERE key = ?'),
      touch: db.prepare<[{ now: number; key: string }]>(TOUCH_SQL),
      byUser: db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM sessions WHERE user_id = ? ORDER BY created_at`),
      all: db.prepare<[number], Row>(`SELECT ${COLUMNS} FROM sessions ORDER BY last_accessed_at DESC LIMIT ?`),
      sweep: db.prepare<[number, number], SweptRow>(SWEEP_SQL),
      count: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM sessions'),
      ping: db.prepare('SELECT 1'),
    };
  }

  /** Runs a synchronous database call, turning "busy" and I/O failures into 503s. */
  private run<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(storeError(error));
    }
  }

  get(key: string) {
    return this.run(() => {
      const row = this.statements.get.get(key);
      return row ? this.fromRow(row) : null;
    });
  }

  getByFingerprint(fingerprint: string) {
    return this.run(() => {
      // 'g' sorts after every hex digit: [fp, fp + 'g') holds exactly the keys starting with fp.
      const rows = this.statements.byFingerprint.all(fingerprint, `${fingerprint}g`);
      return rows.length === 1 ? this.fromRow(rows[0]!) : null;
    });
  }

  /**
   * The touch, the write most requests make, goes to the worker while it runs,
   * and the request does not wait for it. On this connection its commits ran
   * SQLite's checkpoints on the event loop (every ~1000 pages of log, three
   * fsyncs, about 18 ms in all here) and waited there for the sweep's write
   * lock. Until the worker has written it, this process's reads add it (see
   * `unwritten`).
   */
  getAndTouch(key: string, now: number, minIntervalMs: number) {
    return this.run(() => {
      const row = this.statements.get.get(key);
      if (!row) return null;
      const record = this.fromRow(row);
      if (now - record.lastAccessedAt < minIntervalMs || expiresAt(record) <= now) return record;
      if (this.background?.running) {
        this.unwritten.set(key, now);
        this.background.touchLater({ key, now });
      } else if (this.statements.touch.run({ now, key }).changes === 0) {
        // Deleted between the two statements (by another process): gone.
        return null;
      }
      return { ...record, lastAccessedAt: now };
    });
  }

  create(record: SessionRecord) {
    return this.run(() => {
      this.statements.insert.run(toParams(record));
    });
  }

  destroy(key: string) {
    return this.run(() => this.statements.destroy.run(key).changes > 0);
  }

  touch(key: string, lastAccessedAt: number) {
    return this.run(() => this.statements.touch.run({ now: lastAccessedAt, key }).changes > 0);
  }

  update(key: string, change: (current: SessionRecord) => SessionRecord | null) {
    return this.rewrite(key, key, change);
  }

  rename(oldKey: string, newKey: string, change: (current: SessionRecord) => SessionRecord = (current) => current) {
    return this.rewrite(oldKey, newKey, change);
  }

  /** Read, change and write back (under a new key for rename) in one transaction: one UPDATE, one write. */
  private rewrite(oldKey: string, newKey: string, change: (current: SessionRecord) => SessionRecord | null) {
    // IMMEDIATE takes the write lock before reading, so another process cannot
    // slip a write in between our read and our write.
    const transaction = this.db.transaction(() => {
      const row = this.statements.get.get(oldKey);
      if (!row) return null;
      const current = this.fromRow(row);
      const next = change(current);
      if (!next && oldKey === newKey) return current;
      const stored = { ...(next ?? current), key: newKey };
      this.statements.replace.run({ ...toParams(stored), old_key: oldKey });
      return stored;
    });
    return this.run(() => transaction.immediate());
  }

  listByUser(userId: string) {
    return this.run(() => this.statements.byUser.all(userId).map((row) => this.fromRow(row)));
  }

  listAll(limit: number) {
    return this.run(() => this.statements.all.all(limit).map((row) => this.fromRow(row)));
  }

  /** On the worker's connection while it runs (the event loop goes on serving); on this one if it cannot. */
  async sweep(now: number, limit: number) {
    const here = () => this.run(() => this.statements.sweep.all(now, limit));
    const background = this.background;
    const rows = background?.running
      ? await background.sweep(now, limit).catch((error) => (background.running ? Promise.reject(storeError(error)) : here()))
      : await here();
    return rows.map((row) => ({ fingerprint: fingerprintOfKey(row.key), reason: expiryReason(toDeadlines(row), now) ?? 'idle' }));
  }

  /** A row as a record, with this process's touch if the worker has not written it yet. */
  private fromRow(row: Row): SessionRecord {
    const record = toRecord(row);
    const touched = this.unwritten.get(record.key);
    return touched !== undefined && touched > record.lastAccessedAt ? { ...record, lastAccessedAt: touched } : record;
  }

  private touchesWritten(touches: Touch[], error: unknown) {
    let failure = error;
    // The worker stopped (or is closing) before it wrote them: this connection does.
    if (failure && !this.background?.running && this.db.open) {
      try {
        this.db.transaction(() => touches.forEach(({ key, now }) => this.statements.touch.run({ now, key })))();
        failure = null;
      } catch (writeError) {
        failure = writeError;
      }
    }
    for (const { key, now } of touches) if (this.unwritten.get(key) === now) this.unwritten.delete(key);
    // The activity is lost: the idle deadline stays where the last written touch put it. Logged once per outage.
    if (failure && !this.touchesFailing) console.error('SQLite store: could not record activity (touches) in the file.', failure);
    this.touchesFailing = Boolean(failure);
  }

  count() {
    return this.run(() => this.statements.count.get()?.n ?? 0);
  }

  ping() {
    return this.run(() => {
      this.statements.ping.get();
    });
  }

  async close() {
    await this.background?.close();
    return this.run(() => {
      if (this.db.open) this.db.close();
    });
  }
}
