import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './sqlite-schema';

/* Opening the SQLite store's file: its mode, SQLite's settings, and a clear error when it will not open. */

/** SQLite's page cache per connection, in KiB (16 MB, better-sqlite3's default). */
export const PAGE_CACHE_KIB = 16_000;

/**
 * Settings each connection to the file needs for itself (the store's, and the
 * sweep's in its worker): another process may hold the write lock for a
 * moment, so wait for it rather than fail; and in WAL mode a commit appends to
 * the log without an fsync (a crash may lose the last commits, never corrupt).
 */
export const CONNECTION_PRAGMAS = ['busy_timeout = 5000', 'synchronous = NORMAL'] as const;

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
 * The session database at `path`, opened with the store's settings and
 * migrated to the current schema; a StoreOpenError says what to do if it
 * cannot be.
 */
export function openSessionDatabase(path: string): Database.Database {
  try {
    prepareFile(path);
    const db = new Database(path);
    // First, so that opening a file another server is writing waits too.
    for (const pragma of CONNECTION_PRAGMAS) db.pragma(pragma);
    db.pragma('journal_mode = WAL');
    // What the store itself holds in memory: a page cache of fixed size, however
    // many sessions the file holds (pinned here, not left to the build's default).
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    // No memory map (pinned too, to 0). Whenever another connection has
    // committed (the sweep's worker, another server on the file), SQLite drops
    // this connection's page cache and, with a map, unmaps the whole file; every
    // page read after that faults back in. Measured here, reading 100 k sessions
    // while 100 k others were swept: 542 µs of event loop per request mapped,
    // 239 µs unmapped (216-218 µs with no sweep either way), and reads served fell
    // to 0.46 of serving alone mapped. What the map saved: a get at 1 M sessions
    // with no other writer, p50 15-16 µs against 19-21 µs.
    db.pragma('mmap_size = 0');
    migrate(db, path);
    return db;
  } catch (error) {
    throw new StoreOpenError(path, error);
  }
}
