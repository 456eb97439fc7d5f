import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { fingerprintOfKey } from './session-id';
import type { SessionStore } from './store';
import { StoreUnavailableError } from './store';
import { expiresAt, expiryReason, userIdOf, type Attributes, type SessionRecord } from './types';

interface Row {
  key: string;
  user_id: string | null;
  created_at: number;
  last_accessed_at: number;
  max_inactive: number;
  absolute_expires_at: number;
  user_agent: string;
  attributes: string;
}

/**
 * Version 2 keys rows by the SHA-256 of the session ID. Version 1 (user_version
 * 0) held the raw IDs, live logins for whoever copied the file: its rows are
 * dropped on open (everyone signs in again), with a line in the log.
 */
const SCHEMA_VERSION = 2;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  -- sessionKey(id), 64 hex characters; the fingerprint is its first 16, found
  -- through this primary key's index as a range (key >= fp AND key < fp || 'g')
  key TEXT PRIMARY KEY,
  user_id TEXT,
  created_at INTEGER NOT NULL,
  last_accessed_at INTEGER NOT NULL,
  max_inactive INTEGER NOT NULL,
  absolute_expires_at INTEGER NOT NULL,
  -- min(idle deadline, absolute deadline), kept on every write so the sweeper
  -- finds dead rows through an index instead of scanning the table
  expires_at INTEGER NOT NULL,
  user_agent TEXT NOT NULL,
  attributes TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_by_expiry ON sessions (expires_at);
CREATE INDEX IF NOT EXISTS sessions_by_user ON sessions (user_id) WHERE user_id IS NOT NULL;
`;

const COLUMNS = 'key, user_id, created_at, last_accessed_at, max_inactive, absolute_expires_at, user_agent, attributes';

/**
 * A range on the primary key: one index search, whatever the row count.
 * LIMIT 2 tells a fingerprint that names one session from one that (by a
 * 1 in 2^64 chance) names two, which then names none.
 */
export const BY_FINGERPRINT = `SELECT ${COLUMNS} FROM sessions WHERE key >= ? AND key < ? LIMIT 2`;

/** SQLite's page cache per connection, in KiB (16 MB, better-sqlite3's default). */
export const PAGE_CACHE_KIB = 16_000;
/** How much of the file SQLite reads through a memory map (1 GiB, about two million sessions; pages past it are read() as usual). */
const MMAP_BYTES = 2 ** 30;

function toRecord(row: Row): SessionRecord {
  return {
    key: row.key,
    createdAt: row.created_at,
    lastAccessedAt: row.last_accessed_at,
    maxInactiveInterval: row.max_inactive,
    absoluteExpiresAt: row.absolute_expires_at,
    userAgent: row.user_agent,
    attributes: JSON.parse(row.attributes) as Attributes,
  };
}

function toParams(record: SessionRecord) {
  return {
    key: record.key,
    user_id: userIdOf(record),
    created_at: record.createdAt,
    last_accessed_at: record.lastAccessedAt,
    max_inactive: record.maxInactiveInterval,
    absolute_expires_at: record.absoluteExpiresAt,
    expires_at: expiresAt(record),
    user_agent: record.userAgent,
    attributes: JSON.stringify(record.attributes),
  };
}

/** What to do about a file that will not open, by SQLite's error code. */
function remedy(code: string): string {
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
    return 'Another process is holding a lock on it. Stop that process (or give this server its own file with SESSION_SQLITE_PATH), then start again.';
  }
  if (/^SQLITE_(READONLY|CANTOPEN|PERM)/.test(code)) {
    return 'Check that the file and its folder exist and are writable by this user, or set SESSION_SQLITE_PATH to another file.';
  }
  return 'Move the file aside (sessions in it are lost) or set SESSION_SQLITE_PATH to another file, then start again.';
}

/** The file cannot be opened as a session database (corrupt, not SQLite, locked, unwritable). */
export class StoreOpenError extends Error {
  constructor(path: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const code = (cause as { code?: unknown })?.code;
    super(`Cannot open the session database at ${path}: ${reason}. ${remedy(typeof code === 'string' ? code : '')}`, { cause });
    this.name = 'StoreOpenError';
  }
}

/**
 * The folder 0700 and the file 0600 before SQLite opens it: the file holds no
 * ID that opens a session, but it does hold carts, user names and CSRF tokens.
 * SQLite gives its -wal and -shm files the database file's mode. A folder
 * that already exists is left as it is (it may be shared, like /tmp).
 */
function prepareFile(path: string): void {
  if (path === ':memory:') return;
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  if (existsSync(path)) chmodSync(path, 0o600);
  else closeSync(openSync(path, 'a', 0o600));
}

/**
 * The default store: one SQLite file, shared safely by every process on the
 * host (WAL lets readers run beside the single writer).
 */
export class SqliteSessionStore implements SessionStore {
  readonly kind = 'sqlite';
  /** The connection, for tests and benches (they count writes with total_changes()). */
  readonly db: Database.Database;
  private readonly statements;

  constructor(readonly path: string) {
    try {
      prepareFile(path);
      this.db = new Database(path);
      // Another process may hold the write lock for a moment; wait, don't fail
      // (first, so that opening a file another server is writing waits too).
      this.db.pragma('busy_timeout = 5000');
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      // What the store itself holds in memory: a page cache of fixed size, however
      // many sessions the file holds (pinned here, not left to the build's default).
      this.db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
      // Read the file through a memory map instead of a read() call and a copy per
      // page: at a million sessions the file (about 500 MB) dwarfs the page cache.
      // Measured on a 2-core machine, a warm process, a get after each touch as the
      // app does: get p99 at 1 M 14 µs mapped, 17-23 µs with read(); 11 µs at 10 k.
      // Costs: mapped pages (the kernel's file cache, shared and reclaimable) count
      // in RSS; a disk read error ends the process (SIGBUS) instead of one request.
      // Set after journal_mode, where a file that is not a database already failed.
      this.db.pragma(`mmap_size = ${MMAP_BYTES}`);
      this.migrate();
    } catch (error) {
      throw new StoreOpenError(path, error);
    }
    const db = this.db;
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
      touch: db.prepare<[{ now: number; key: string }]>(
        `UPDATE sessions SET last_accessed_at = @now,
         expires_at = MIN(@now + max_inactive * 1000, absolute_expires_at) WHERE key = @key`,
      ),
      byUser: db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM sessions WHERE user_id = ? ORDER BY created_at`),
      all: db.prepare<[number], Row>(`SELECT ${COLUMNS} FROM sessions ORDER BY last_accessed_at DESC LIMIT ?`),
      sweep: db.prepare<[number, number], Row>(
        `DELETE FROM sessions WHERE rowid IN (SELECT rowid FROM sessions WHERE expires_at <= ? LIMIT ?) RETURNING ${COLUMNS}`,
      ),
      count: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM sessions'),
      ping: db.prepare('SELECT 1'),
    };
  }

  /** Creates the schema, or replaces a version-1 file's (raw IDs) with it. */
  private migrate(): void {
    const versionOf = () => this.db.pragma('user_version', { simple: true }) as number;
    if (versionOf() === SCHEMA_VERSION) return;
    const dropped = this.db
      .transaction(() => {
        // Read again under the write lock: another process may have just done this.
        const version = versionOf();
        if (version === SCHEMA_VERSION) return null;
        if (version > SCHEMA_VERSION) throw new Error(`the file has schema version ${version}, newer than this app's ${SCHEMA_VERSION}`);
        const old = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sessions'").get();
        const count = old ? (this.db.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n : null;
        if (old) this.db.exec('DROP TABLE sessions');
        this.db.exec(SCHEMA);
        this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
        return count;
      })
      .immediate();
    if (dropped === null) return;
    console.warn(
      `[session store] ${this.path} held ${dropped} sessions keyed by their raw IDs (schema 1): they were deleted ` +
        'and their users sign in again. Sessions are now keyed by a SHA-256 of the ID.',
    );
    // The raw IDs stay in free pages and in the WAL until these two run.
    this.db.exec('VACUUM');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** Runs a synchronous database call, turning "busy" and I/O failures into 503s. */
  private run<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (/^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL|READONLY|CORRUPT|NOTADB)/.test(code)) {
        return Promise.reject(new StoreUnavailableError(`SQLite store: ${(error as Error).message}`, { cause: error }));
      }
      return Promise.reject(error);
    }
  }

  get(key: string) {
    return this.run(() => {
      const row = this.statements.get.get(key);
      return row ? toRecord(row) : null;
    });
  }

  getByFingerprint(fingerprint: string) {
    return this.run(() => {
      // 'g' sorts after every hex digit: [fp, fp + 'g') holds exactly the keys starting with fp.
      const rows = this.statements.byFingerprint.all(fingerprint, `${fingerprint}g`);
      return rows.length === 1 ? toRecord(rows[0]!) : null;
    });
  }

  getAndTouch(key: string, now: number, minIntervalMs: number) {
    return this.run(() => {
      const row = this.statements.get.get(key);
      if (!row) return null;
      const record = toRecord(row);
      if (now - record.lastAccessedAt < minIntervalMs || expiresAt(record) <= now) return record;
      // Deleted between the two statements (by another process): gone.
      if (this.statements.touch.run({ now, key }).changes === 0) return null;
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
      const current = toRecord(row);
      const next = change(current);
      if (!next && oldKey === newKey) return current;
      const stored = { ...(next ?? current), key: newKey };
      this.statements.replace.run({ ...toParams(stored), old_key: oldKey });
      return stored;
    });
    return this.run(() => transaction.immediate());
  }

  listByUser(userId: string) {
    return this.run(() => this.statements.byUser.all(userId).map(toRecord));
  }

  listAll(limit: number) {
    return this.run(() => this.statements.all.all(limit).map(toRecord));
  }

  sweep(now: number, limit: number) {
    return this.run(() =>
      this.statements.sweep.all(now, limit).map((row) => {
        const record = toRecord(row);
        return { fingerprint: fingerprintOfKey(record.key), reason: expiryReason(record, now) ?? 'idle' };
      }),
    );
  }

  count() {
    return this.run(() => this.statements.count.get()?.n ?? 0);
  }

  ping() {
    return this.run(() => {
      this.statements.ping.get();
    });
  }

  close() {
    return this.run(() => {
      if (this.db.open) this.db.close();
    });
  }
}
