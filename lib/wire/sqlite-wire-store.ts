import type Database from 'better-sqlite3';
import { sqliteWork } from '../shared-state/sqlite-work';
import { WIRE_ENTRIES_PER_SESSION, type WireEntry } from './wire-entry';
import { decodeEntry, encodeEntry, endsSession, WIRE_ENDED_KEEP_MS, wireSessionSchema, type WireKeep, type WireStore } from './wire-store';

const SCHEMA = `
-- The layout before the ring (a row per entry, inserted and trimmed on every batch): its entries are a view, not state.
DROP TABLE IF EXISTS wire_entries;
DROP TABLE IF EXISTS wire_lists;
CREATE TABLE IF NOT EXISTS wire_rings (
  session TEXT PRIMARY KEY,
  -- the ring's end of life: past it, it is not read, and it is deleted a few rings at a time
  expires_at INTEGER NOT NULL,
  -- how many entries the session has had: the next one goes in slot head % WIRE_ENTRIES_PER_SESSION
  head INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS wire_rings_by_expiry ON wire_rings (expires_at);
CREATE TABLE IF NOT EXISTS wire_slots (
  session TEXT NOT NULL,
  slot INTEGER NOT NULL,
  -- the entry's place in its session's order (the head it was written at)
  seq INTEGER NOT NULL,
  entry TEXT NOT NULL,
  PRIMARY KEY (session, slot)
) WITHOUT ROWID;
`;

/**
 * The wire view's entries in tables of the session database: every process
 * on this machine shares the file. Each session's list is a ring of
 * WIRE_ENTRIES_PER_SESSION slots, its rows side by side in the file: a new
 * entry overwrites its session's oldest in place, so a batch rewrites only
 * the few pages that session's ring sits on. (A row per entry, inserted and
 * trimmed, rewrote about 26 pages a batch under load, measured here, and the
 * WAL checkpoint that those pages bring on blocks the serving thread.)
 * A batch is one transaction (one fsync-free WAL commit, synchronous=NORMAL),
 * whatever its size. No live fan-out: two processes on one SQLite file share
 * the lists, and each streams the entries it records itself (the app runs
 * several instances on Redis).
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
      head: db.prepare<[string], { head: number }>('SELECT head FROM wire_rings WHERE session = ?'),
      write: db.prepare<[string, number, number, string]>(
        'INSERT INTO wire_slots (session, slot, seq, entry) VALUES (?, ?, ?, ?) ON CONFLICT (session, slot) DO UPDATE SET seq = excluded.seq, entry = excluded.entry',
      ),
      ring: db.prepare<[string, number, number]>(
        'INSERT INTO wire_rings (session, expires_at, head) VALUES (?, ?, ?) ON CONFLICT (session) DO UPDATE SET expires_at = excluded.expires_at, head = excluded.head',
      ),
      live: db.prepare<[string, number], { n: 1 }>('SELECT 1 AS n FROM wire_rings WHERE session = ? AND expires_at > ?'),
      // Newest first, then reversed: a ring written under a larger WIRE_ENTRIES_PER_SESSION may hold more slots.
      recent: db.prepare<[string, number], { entry: string }>('SELECT entry FROM wire_slots WHERE session = ? ORDER BY seq DESC LIMIT ?'),
      forget: db.prepare<[string]>('DELETE FROM wire_rings WHERE session = ?'),
      drop: db.prepare<[string]>('DELETE FROM wire_slots WHERE session = ?'),
      end: db.prepare<[number, string]>('UPDATE wire_rings SET expires_at = MIN(expires_at, ?) WHERE session = ?'),
      // Rings nobody came back for, a few on each write: bounded work per batch.
      expired: db.prepare<[number], { session: string }>('SELECT session FROM wire_rings WHERE expires_at <= ? LIMIT 10'),
    });
    const remove = (session: string) => {
      s.drop.run(session);
      s.forget.run(session);
    };
    /** Writes `entries` (oldest first) into the session's ring after its `head` entries; returns the new head. */
    const write = (session: string, head: number, entries: readonly string[]) => {
      for (const entry of entries.slice(-WIRE_ENTRIES_PER_SESSION)) {
        s.write.run(session, head % WIRE_ENTRIES_PER_SESSION, head, entry);
        head++;
      }
      return head;
    };
    const stored = (session: string) =>
      s.recent
        .all(session, WIRE_ENTRIES_PER_SESSION)
        .map((row) => row.entry)
        .reverse();
    this.appendAll = db
      .transaction((entries: readonly WireEntry[], now: number) => {
        const bySession = new Map<string, { encoded: string[]; expiresAt: number }>();
        for (const entry of entries) {
          let list = bySession.get(entry.session);
          if (!list) bySession.set(entry.session, (list = { encoded: [], expiresAt: 0 }));
          list.encoded.push(encodeEntry(entry));
          list.expiresAt = now + (endsSession(entry) ? this.keep.endedKeepMs : this.keep.keepMs);
        }
        for (const [session, { encoded, expiresAt }] of bySession) {
          s.ring.run(session, expiresAt, write(session, s.head.get(session)?.head ?? 0, encoded));
        }
        for (const { session } of s.expired.all(now)) remove(session);
      })
      .immediate.bind(null) as typeof this.appendAll;
    this.moveAll = db
      .transaction((from: string, to: string, now: number) => {
        // Rare (a login): the old entries go before any the new fingerprint holds already, renumbered from 0.
        const entries = [...stored(from), ...stored(to)];
        remove(from);
        remove(to);
        s.ring.run(to, now + this.keep.keepMs, write(to, 0, entries));
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
        ? s.recent
            .all(session, WIRE_ENTRIES_PER_SESSION)
            .reverse()
            .flatMap((row) => decodeEntry(row.entry, session) ?? [])
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
