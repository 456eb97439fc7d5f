import type Database from 'better-sqlite3';
import { expiresAt, userIdOf, type Attributes, type Deadlines, type SessionRecord } from './types';

/* The SQLite store's table: its columns, how a record maps to a row, and how an older file becomes this version. */

export interface Row {
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
export const SCHEMA_VERSION = 2;

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

export const COLUMNS = 'key, user_id, created_at, last_accessed_at, max_inactive, absolute_expires_at, user_agent, attributes';

/** What the sweep reads of each row it deletes: the key and the deadlines (the reason it expired). */
export type SweptRow = Pick<Row, 'key' | 'last_accessed_at' | 'max_inactive' | 'absolute_expires_at'>;
export const SWEPT_COLUMNS = 'key, last_accessed_at, max_inactive, absolute_expires_at';

/**
 * A range on the primary key: one index search, whatever the row count.
 * LIMIT 2 tells a fingerprint that names one session from one that (by a
 * 1 in 2^64 chance) names two, which then names none.
 */
export const BY_FINGERPRINT = `SELECT ${COLUMNS} FROM sessions WHERE key >= ? AND key < ? LIMIT 2`;

export function toRecord(row: Row): SessionRecord {
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

export function toDeadlines(row: SweptRow): Deadlines {
  return { lastAccessedAt: row.last_accessed_at, maxInactiveInterval: row.max_inactive, absoluteExpiresAt: row.absolute_expires_at };
}

export function toParams(record: SessionRecord) {
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

/** Creates the schema, or replaces a version-1 file's (raw IDs) with it. */
export function migrate(db: Database.Database, path: string): void {
  const versionOf = () => db.pragma('user_version', { simple: true }) as number;
  if (versionOf() === SCHEMA_VERSION) return;
  const dropped = db
    .transaction(() => {
      // Read again under the write lock: another process may have just done this.
      const version = versionOf();
      if (version === SCHEMA_VERSION) return null;
      if (version > SCHEMA_VERSION) throw new Error(`the file has schema version ${version}, newer than this app's ${SCHEMA_VERSION}`);
      const old = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sessions'").get();
      const count = old ? (db.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n : null;
      if (old) db.exec('DROP TABLE sessions');
      db.exec(SCHEMA);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
      return count;
    })
    .immediate();
  if (dropped === null) return;
  console.warn(
    `[session store] ${path} held ${dropped} sessions keyed by their raw IDs (schema 1): they were deleted ` +
      'and their users sign in again. Sessions are now keyed by a SHA-256 of the ID.',
  );
  // The raw IDs stay in free pages and in the WAL until these two run.
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
