import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { makeRecord, describeSessionStore } from '../../tests/support/store-contract';
import { LocalEventBus } from './events';
import { SessionManager } from './session-manager';
import { newSessionId } from './session-id';
import { StoreOpenError } from './sqlite-file';
import { BY_FINGERPRINT } from './sqlite-schema';
import { SqliteSessionStore } from './sqlite-store';

const dir = mkdtempSync(join(tmpdir(), 'session-lab-sqlite-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeSessionStore('sqlite', async () => new SqliteSessionStore(join(dir, `contract-${n++}.db`)));

describe('SqliteSessionStore on disk', () => {
  it('keeps the write-ahead log bounded under steady writes: each checkpoint lets SQLite start it over', async () => {
    const path = join(dir, 'wal-bound.db');
    const store = new SqliteSessionStore(path);
    // Each create is a commit of a few 4 KB pages: 12 000 of them are about 150 MB of log if it never starts over.
    for (let i = 0; i < 12_000; i++) await store.create(makeRecord(Date.now()));
    // SQLite checkpoints at 1000 pages (4 MB); a checkpoint that never lets the log restart (one run on another connection while this one keeps writing: tried, it grew a 10 GB log in the sweep bench) fails here.
    expect(statSync(`${path}-wal`).size).toBeLessThan(8 * 1024 * 1024);
    await store.close();
  });

  it('reads its file without a memory map, which SQLite drops whenever another connection (the sweep) commits', () => {
    const store = new SqliteSessionStore(join(dir, 'no-map.db'));
    expect(store.db.pragma('mmap_size', { simple: true })).toBe(0);
    return store.close();
  });

  it('keeps sessions across a close and reopen (a server restart)', async () => {
    const path = join(dir, 'restart.db');
    const first = new SqliteSessionStore(path);
    const record = makeRecord(Date.now(), { attributes: { cart: [{ productId: 'tea', quantity: 3 }] } });
    await first.create(record);
    await first.close();
    const second = new SqliteSessionStore(path);
    expect(await second.get(record.key)).toEqual(record);
    await second.close();
  });

  it('two connections to one file see each other and lose no update', async () => {
    const path = join(dir, 'shared.db');
    const a = new SqliteSessionStore(path);
    const b = new SqliteSessionStore(path);
    const record = makeRecord(Date.now(), { attributes: { counter: 0 } });
    await a.create(record);
    const bump = (store: SqliteSessionStore) =>
      store.update(record.key, (r) => ({ ...r, attributes: { counter: (r.attributes.counter as number) + 1 } }));
    await Promise.all(Array.from({ length: 50 }, (_, i) => bump(i % 2 ? a : b)));
    expect((await b.get(record.key))?.attributes.counter).toBe(50);
    await a.close();
    await b.close();
  });

  it('a file that is not a database gives a clear error naming the file and the fix', () => {
    const path = join(dir, 'corrupt.db');
    writeFileSync(path, 'this is not an SQLite database, just text '.repeat(200));
    expect(() => new SqliteSessionStore(path)).toThrow(StoreOpenError);
    expect(() => new SqliteSessionStore(path)).toThrow(/corrupt\.db.*SESSION_SQLITE_PATH/s);
  });

  it('creates its folder 0700 and the file (and its WAL) 0600, and no session ID ever reaches the file', async () => {
    const folder = join(dir, 'private', 'data');
    const path = join(folder, 'sessions.db');
    const store = new SqliteSessionStore(path);
    const manager = new SessionManager({ store, events: new LocalEventBus(), now: Date.now }, { idleTimeout: 60, absoluteTimeout: 600 });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const session = await manager.create({ attributes: { cart: [] } });
      ids.push(session.id);
      await session.setAttribute('note', `note ${i}`);
      if (i % 2) {
        await session.regenerate({ userId: 'alice' });
        ids.push(session.id);
      }
    }
    const mode = (file: string) => statSync(file).mode & 0o777;
    expect(mode(folder)).toBe(0o700);
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(mode(file), file).toBe(0o600);
    const bytes = () => [path, `${path}-wal`].map((file) => (existsSync(file) ? readFileSync(file, 'latin1') : '')).join('');
    const keys = (await store.listAll(100)).map((record) => record.key);
    expect(keys).toHaveLength(20);
    expect(keys.every((key) => bytes().includes(key))).toBe(true); // what the file does hold
    for (const id of ids) expect(bytes().includes(id), id).toBe(false);
    await store.close();
    for (const id of ids) expect(bytes().includes(id), id).toBe(false);
  });

  it('an existing world-readable file is made 0600 on open', async () => {
    const path = join(dir, 'loose.db');
    await new SqliteSessionStore(path).close();
    chmodSync(path, 0o644);
    await new SqliteSessionStore(path).close();
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('a schema-1 file, keyed by raw IDs, starts fresh: its rows are deleted, the IDs wiped from the file, and the log says so', async () => {
    const path = join(dir, 'schema-1.db');
    const rawId = newSessionId();
    const old = new Database(path);
    old.pragma('journal_mode = WAL');
    old.exec(`CREATE TABLE sessions (id TEXT PRIMARY KEY, user_id TEXT, created_at INTEGER NOT NULL, last_accessed_at INTEGER NOT NULL,
      max_inactive INTEGER NOT NULL, absolute_expires_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, user_agent TEXT NOT NULL,
      attributes TEXT NOT NULL)`);
    old.prepare('INSERT INTO sessions VALUES (?, NULL, 0, 0, 60, 0, 0, ?, ?)').run(rawId, 'ua', '{}');
    old.close();
    expect(readFileSync(path, 'latin1')).toContain(rawId);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const store = new SqliteSessionStore(path);
      expect(await store.count()).toBe(0);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/schema-1\.db held 1 sessions keyed by their raw IDs/);
      const record = makeRecord(Date.now());
      await store.create(record);
      expect(await store.get(record.key)).toEqual(record);
      for (const file of [path, `${path}-wal`]) if (existsSync(file)) expect(readFileSync(file, 'latin1')).not.toContain(rawId);
      await store.close();
      // Opened again: already version 2, nothing dropped.
      const again = new SqliteSessionStore(path);
      expect(await again.get(record.key)).toEqual(record);
      await again.close();
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('finds a session by fingerprint through the primary key index, not a scan', () => {
    const store = new SqliteSessionStore(':memory:');
    const plan = store.db.prepare(`EXPLAIN QUERY PLAN ${BY_FINGERPRINT}`).all('0123456789abcdef', '0123456789abcdefg') as {
      detail: string;
    }[];
    expect(plan.map((step) => step.detail)).toEqual([
      expect.stringMatching(/^SEARCH sessions USING INDEX sqlite_autoindex_sessions_1 \(key>\? AND key<\?\)$/),
    ]);
    void store.close();
  });
});
