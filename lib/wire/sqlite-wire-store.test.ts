import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newSession, wireEntry } from '../../tests/support/shared-state-contract';
import { SqliteWireStore } from './sqlite-wire-store';
import { WIRE_ENTRIES_PER_SESSION } from './wire-entry';

// What the shared contract (lib/shared-state/shared-stores.test.ts) cannot see: how the rows sit in the file.
const dir = mkdtempSync(join(tmpdir(), 'sqlite-wire-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function openFile() {
  const db = new Database(join(dir, `wire-${files++}.db`));
  db.pragma('journal_mode = WAL');
  return db;
}

const rowsOf = (db: Database.Database, session: string) =>
  (db.prepare('SELECT count(*) AS n FROM wire_slots WHERE session = ?').get(session) as { n: number }).n;

describe('SqliteWireStore', () => {
  it(`overwrites a session's oldest entry in place: its rows never pass ${WIRE_ENTRIES_PER_SESSION}, in one batch or many`, async () => {
    const db = openFile();
    const store = new SqliteWireStore(db);
    const [session, other] = [newSession(), newSession()];
    for (let i = 0; i < 3 * WIRE_ENTRIES_PER_SESSION; i += 7) {
      await store.append(
        Array.from({ length: 7 }, (_, j) => wireEntry(session, `/p${i + j}`)),
        Date.now(),
      );
    }
    await store.append([...Array.from({ length: 100 }, (_, i) => wireEntry(other, `/q${i}`))], Date.now());
    expect(rowsOf(db, session)).toBe(WIRE_ENTRIES_PER_SESSION);
    expect(rowsOf(db, other)).toBe(WIRE_ENTRIES_PER_SESSION);
    const last = Math.ceil((3 * WIRE_ENTRIES_PER_SESSION) / 7) * 7 - 1;
    const paths = (await store.recent(session, Date.now())).map((entry) => entry.path);
    expect(paths).toEqual(Array.from({ length: WIRE_ENTRIES_PER_SESSION }, (_, i) => `/p${last - WIRE_ENTRIES_PER_SESSION + 1 + i}`));
    expect((await store.recent(other, Date.now())).at(-1)!.path).toBe('/q99');
    // Stored as encodeEntry stores it: the row names the session, the entry does not (a move rewrites nothing).
    const stored = JSON.parse(
      db.prepare('SELECT entry FROM wire_slots WHERE session = ? ORDER BY seq DESC').pluck().get(session) as string,
    );
    expect(stored).toMatchObject({ path: `/p${last}`, status: 200, steps: ['sentBack'] });
    expect(stored).not.toHaveProperty('session');
    db.close();
  });

  it('drops the rings nobody came back for, ten a batch, their slots with them', async () => {
    const db = openFile();
    const store = new SqliteWireStore(db, { keepMs: 1, endedKeepMs: 1 });
    const now = Date.now();
    await store.append(
      Array.from({ length: 12 }, () => wireEntry(newSession(), '/gone')),
      now - 10_000,
    );
    await store.append([wireEntry(newSession(), '/new')], now);
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('wire_rings'), count('wire_slots')]).toEqual([3, 3]);
    db.close();
  });

  it('skips entries whose session is no fingerprint, and keeps the rest of the batch', async () => {
    const db = openFile();
    const store = new SqliteWireStore(db);
    const session = newSession();
    await store.append([wireEntry('bad session!', '/x'), wireEntry(session, '/ok'), wireEntry('', '/y')], Date.now());
    expect((await store.recent(session, Date.now())).map((entry) => entry.path)).toEqual(['/ok']);
    expect((db.prepare('SELECT count(*) AS n FROM wire_slots').get() as { n: number }).n).toBe(1);
    db.close();
  });

  it('a rotation onto a full ring keeps the newest, the old fingerprint’s first', async () => {
    const db = openFile();
    const store = new SqliteWireStore(db);
    const [before, after] = [newSession(), newSession()];
    await store.append(
      Array.from({ length: WIRE_ENTRIES_PER_SESSION }, (_, i) => wireEntry(before, `/old${i}`)),
      Date.now(),
    );
    await store.append([wireEntry(after, '/login')], Date.now());
    await store.move(before, after, Date.now());
    const paths = (await store.recent(after, Date.now())).map((entry) => entry.path);
    expect(paths).toHaveLength(WIRE_ENTRIES_PER_SESSION);
    expect(paths[0]).toBe('/old1');
    expect(paths.at(-1)).toBe('/login');
    expect(rowsOf(db, before)).toBe(0);
    // The ring goes on from where the move left it.
    await store.append([wireEntry(after, '/next')], Date.now());
    expect((await store.recent(after, Date.now())).map((entry) => entry.path).slice(-2)).toEqual(['/login', '/next']);
    db.close();
  });

  it('opens a file written with the row-per-entry layout: those entries go, new ones are kept', async () => {
    const db = openFile();
    db.exec(`CREATE TABLE wire_lists (session TEXT PRIMARY KEY, expires_at INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE wire_entries (seq INTEGER PRIMARY KEY, session TEXT NOT NULL, entry TEXT NOT NULL);
      INSERT INTO wire_lists VALUES ('abc', 9e15); INSERT INTO wire_entries (session, entry) VALUES ('abc', '{}');`);
    const store = new SqliteWireStore(db);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'wire%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['wire_rings', 'wire_slots']);
    expect(await store.recent('abc', Date.now())).toEqual([]);
    await store.append([wireEntry('abc', '/new')], Date.now());
    expect((await store.recent('abc', Date.now())).map((entry) => entry.path)).toEqual(['/new']);
    db.close();
  });
});
