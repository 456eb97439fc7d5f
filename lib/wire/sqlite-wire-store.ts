import type Database from 'better-sqlite3';
import { sqliteWork } from '../shared-state/sqlite-work';
import { WIRE_ENTRIES_PER_SESSION, type WireEntry } from './wire-entry';
import { decodeEntry, encodeEntry, endsSession, WIRE_ENDED_KEEP_MS, wireSessionSchema, type WireKeep, type WireStore } from './wire-store';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS wire_lists (
  session TEXT PRIMARY KEY,
  -- the list's end of life: past it, it is not read, and it is deleted a few lists at a time
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS wire_lists_by_expiry ON wire_lists (expires_at);
CREATE TABLE IF NOT EXISTS wire_entries (
  seq INTEGER PRIMARY KEY,
  session TEXT NOT NULL,
  entry TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS wire_entries_by_session ON wire_entries (session, seq);
`;

/**
 * The wire view's entries in a table of the session database: every process
 * on this machine shares the file. A batch is one transaction (one fsync-free
 * WAL commit, synchronous=NORMAL), whatever its size. No live fan-out: two
 * processes on one SQLite file share the lists, and each streams the entries
 * it records itself (the app runs several instances on Redis).
 */
export class SqliteWireStore implements WireStore {
  readonly kind = 'sqlite';
  private readonly statements;
  private readonly appendAll: (entries: readonly WireEntry[], now: number) => void;
  private readonly moveAll: (from: string, to: string, now: number) => void;

  /** `db`: the session store's connection (its file, its WAL and busy_timeout). */
  constructor(
    db: Database.Database,
    private readonly keep: WireKeep = { keepMs: 8 * 3600_000, endedKeepMs: WIRE_ENDED_KEEP_MS },
  ) {
    db.exec(SCHEMA);
    const s = (this.statements = {
      insert: db.prepare<[string, string]>('INSERT INTO wire_entries (session, entry) VALUES (?, ?)'),
      keepUntil: db.prepare<[string, number]>(
        'INSERT INTO wire_lists (session, expires_at) VALUES (?, ?) ON CONFLICT (session) DO UPDATE SET expires_at = excluded.expires_at',
      ),
      trim: db.prepare<[string, string, number]>(
        `DELETE FROM wire_entries WHERE session = ? AND seq <= (
           SELECT seq FROM wire_entries WHERE session = ? ORDER BY seq DESC LIMIT 1 OFFSET ?)`,
      ),
      live: db.prepare<[string, number], { n: 1 }>('SELECT 1 AS n FROM wire_lists WHERE session = ? AND expires_at > ?'),
      recent: db.prepare<[string, number], { entry: string }>(
        'SELECT entry FROM (SELECT seq, entry FROM wire_entries WHERE session = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq',
      ),
      rename: db.prepare<[string, string]>('UPDATE wire_entries SET session = ? WHERE session = ?'),
      forget: db.prepare<[string]>('DELETE FROM wire_lists WHERE session = ?'),
      end: db.prepare<[number, string]>('UPDATE wire_lists SET expires_at = MIN(expires_at, ?) WHERE session = ?'),
      // Lists nobody came back for, a few on each write: bounded work per batch.
      expired: db.prepare<[number], { session: string }>('SELECT session FROM wire_lists WHERE expires_at <= ? LIMIT 10'),
      dropEntries: db.prepare<[string]>('DELETE FROM wire_entries WHERE session = ?'),
    });
    const sweep = (now: number) => {
      for (const { session } of s.expired.all(now)) {
        s.dropEntries.run(session);
        s.forget.run(session);
      }
    };
    this.appendAll = db
      .transaction((entries: readonly WireEntry[], now: number) => {
        const until = new Map<string, number>();
        for (const entry of entries) {
          s.insert.run(entry.session, encodeEntry(entry));
          until.set(entry.session, now + (endsSession(entry) ? this.keep.endedKeepMs : this.keep.keepMs));
        }
        for (const [session, expiresAt] of until) {
          s.keepUntil.run(session, expiresAt);
          s.trim.run(session, session, WIRE_ENTRIES_PER_SESSION);
        }
        sweep(now);
      })
      .immediate.bind(null) as typeof this.appendAll;
    this.moveAll = db
      .transaction((from: string, to: string, now: number) => {
        s.rename.run(to, from);
        s.forget.run(from);
        s.keepUntil.run(to, now + this.keep.keepMs);
        s.trim.run(to, to, WIRE_ENTRIES_PER_SESSION);
      })
      .immediate.bind(null) as typeof this.moveAll;
  }

  append(entries: readonly WireEntry[], now: number): Promise<void> {
    const valid = entries.filter((entry) => wireSessionSchema.safeParse(entry.session).success);
    if (valid.length === 0) return Promise.resolve();
    return sqliteWork('Wire view', () => this.appendAll(valid, now));
  }

  recent(session: string, now: number): Promise<WireEntry[]> {
    if (!wireSessionSchema.safeParse(session).success) return Promise.resolve([]);
    const s = this.statements;
    return sqliteWork('Wire view', () =>
      s.live.get(session, now)
        ? s.recent.all(session, WIRE_ENTRIES_PER_SESSION).flatMap((row) => decodeEntry(row.entry, session) ?? [])
        : [],
    );
  }

  move(from: string, to: string, now: number): Promise<void> {
    if (!wireSessionSchema.safeParse(from).success || !wireSessionSchema.safeParse(to).success) return Promise.resolve();
    return sqliteWork('Wire view', () => this.moveAll(from, to, now));
  }

  end(session: string, now: number): Promise<void> {
    if (!wireSessionSchema.safeParse(session).success) return Promise.resolve();
    return sqliteWork('Wire view', () => void this.statements.end.run(now + this.keep.endedKeepMs, session));
  }

  listen(): () => void {
    return () => {};
  }

  async close(): Promise<void> {
    // The connection belongs to the session store, which closes it.
  }
}
