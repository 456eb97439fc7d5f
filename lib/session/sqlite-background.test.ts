import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRecord } from '../../tests/support/store-contract';
import { SqliteSessionStore } from './sqlite-store';

const dir = mkdtempSync(join(tmpdir(), 'session-lab-background-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows this connection changed (SQLite counts per connection). */
const changesOn = (store: SqliteSessionStore) => (store.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

async function withExpired(store: SqliteSessionStore, expired: number, live: number) {
  const now = Date.now();
  for (let i = 0; i < expired; i++) await store.create(makeRecord(now - 7_200_000, { maxInactiveInterval: 60 }));
  for (let i = 0; i < live; i++) await store.create(makeRecord(now));
  return now;
}

describe('the sweep and the touches on a background connection', () => {
  it('deletes expired sessions in the worker: the serving connection makes none of the changes', async () => {
    const store = new SqliteSessionStore(join(dir, `worker-${n++}.db`));
    const now = await withExpired(store, 30, 5);
    const before = changesOn(store);
    const swept = await store.sweep(now, 100);
    expect(swept).toHaveLength(30);
    expect(swept.every((s) => s.reason === 'idle' && /^[0-9a-f]{16}$/.test(s.fingerprint))).toBe(true);
    expect(await store.count()).toBe(5);
    // Had the serving connection run the DELETE, it would count 30 more changes.
    expect(changesOn(store)).toBe(before);
    expect(store.background!.running).toBe(true);
    await store.close();
  });

  it('touches in the worker without waiting: the serving connection writes none, and this process reads each at once', async () => {
    const path = join(dir, `touch-${n++}.db`);
    const store = new SqliteSessionStore(path);
    const then = Date.now() - 60_000;
    const records = Array.from({ length: 20 }, () => makeRecord(then));
    for (const record of records) await store.create(record);
    const before = changesOn(store);
    const now = then + 30_000;
    const touched = await Promise.all(records.map((r) => store.getAndTouch(r.key, now, 1000)));
    expect(touched.map((r) => r?.lastAccessedAt)).toEqual(records.map(() => now));
    expect((await store.get(records[7]!.key))?.lastAccessedAt).toBe(now);
    expect(changesOn(store)).toBe(before);
    // Closing sends what is left; the worker writes it before it closes. Then the file has every touch.
    await store.close();
    const file = new Database(path, { readonly: true });
    const times = file.prepare('SELECT last_accessed_at AS t FROM sessions').all() as { t: number }[];
    expect(times.map((row) => row.t)).toEqual(records.map(() => now));
    file.close();
  });

  it('a write right after a touch (a login rotating the ID) keeps the touch, though the worker has not written it yet', async () => {
    const store = new SqliteSessionStore(join(dir, `touch-rotate-${n++}.db`));
    const record = makeRecord(Date.now() - 60_000);
    await store.create(record);
    const now = Date.now();
    await store.getAndTouch(record.key, now, 1000);
    // Same turn of the event loop: the touch has not even been sent to the worker.
    const renamed = await store.rename(record.key, 'rotated-key');
    expect(renamed?.lastAccessedAt).toBe(now);
    expect((await store.get('rotated-key'))?.lastAccessedAt).toBe(now);
    await store.close();
  });

  it('a sweep right after a touch sees it: a session used a moment before its idle deadline is not swept', async () => {
    const store = new SqliteSessionStore(join(dir, `touch-sweep-${n++}.db`));
    const now = Date.now();
    // Idle for 60 s, with 10 ms of it left.
    const record = makeRecord(now - 59_990, { maxInactiveInterval: 60 });
    await store.create(record);
    expect((await store.getAndTouch(record.key, now, 1000))?.lastAccessedAt).toBe(now);
    // Same turn of the event loop: the touch is still queued, and by the time it was written the sweep would have run on the old time.
    expect(store.background!.running).toBe(true);
    expect(await store.sweep(now + 20, 100)).toEqual([]);
    expect((await store.get(record.key))?.lastAccessedAt).toBe(now);
    await store.close();
  });

  it('a touch written late never moves the time back, and one the worker could not write is written here when it stops', async () => {
    const path = join(dir, `touch-late-${n++}.db`);
    const store = new SqliteSessionStore(path, { background: { onFallback: () => {} } });
    const [a, b] = [makeRecord(Date.now() - 60_000), makeRecord(Date.now() - 60_000)];
    await store.create(a);
    await store.create(b);
    const now = Date.now();
    await store.getAndTouch(a.key, now, 1000);
    // A later touch lands first (here, as another server's would).
    await store.touch(a.key, now + 5000);
    await store.sweep(0, 1);
    const file = new Database(path, { readonly: true });
    const timeOf = (key: string) => (file.prepare('SELECT last_accessed_at AS t FROM sessions WHERE key = ?').get(key) as { t: number }).t;
    expect(timeOf(a.key)).toBe(now + 5000);

    // The worker ends with a touch queued: the serving connection writes it.
    await store.getAndTouch(b.key, now, 1000);
    await (store.background as unknown as { worker: import('node:worker_threads').Worker }).worker.terminate();
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.background!.running).toBe(false);
    expect(timeOf(b.key)).toBe(now);
    file.close();
    await store.close();
  });

  it('a touch that waits for the write lock leaves the event loop free, and is written once the lock is free', async () => {
    const path = join(dir, `touch-waits-${n++}.db`);
    const store = new SqliteSessionStore(path);
    const record = makeRecord(Date.now() - 60_000);
    await store.create(record);
    // Another process (a second server on the file) holds the write lock for 300 ms.
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const now = Date.now();
    expect((await store.getAndTouch(record.key, now, 1000))?.lastAccessedAt).toBe(now);
    await new Promise((resolve) => setTimeout(resolve, 300));
    clearInterval(ticker);
    // On the serving connection, SQLite's busy wait held the event loop (up to 5 s, then the request failed): no tick could run.
    expect(ticks).toBeGreaterThan(5);
    other.exec('COMMIT');
    // A sweep is queued behind the touch in the worker: once it answers, the touch is in the file.
    await store.sweep(0, 1);
    expect((other.prepare('SELECT last_accessed_at AS t FROM sessions').get() as { t: number }).t).toBe(now);
    other.close();
    await store.close();
  });

  it('keeps the write-ahead log bounded while the worker touches and the serving connection reads', async () => {
    const path = join(dir, `touch-wal-${n++}.db`);
    const store = new SqliteSessionStore(path);
    const t0 = Date.now();
    const keys: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const record = makeRecord(t0);
      keys.push(record.key);
      await store.create(record);
    }
    // 20 000 touches, 40 to a turn of the event loop: 500 commits of dozens of pages each, far past 8 MB of log if it never started over.
    for (let round = 0; round < 500; round++) {
      for (let i = 0; i < 40; i++) await store.getAndTouch(keys[(round * 40 + i) % keys.length]!, t0 + 1000 * (round + 1), 0);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await store.sweep(0, 1);
    expect(statSync(`${path}-wal`).size).toBeLessThan(8 * 1024 * 1024);
    await store.close();
  });

  it('sweeps on the serving connection when the worker cannot run, and says so once', async () => {
    const reported: unknown[] = [];
    const store = new SqliteSessionStore(join(dir, `fallback-${n++}.db`), {
      background: { sqliteModule: 'no-such-sqlite-module', onFallback: (error) => reported.push(error) },
    });
    const now = await withExpired(store, 4, 2);
    const before = changesOn(store);
    // The worker cannot load SQLite; the batch runs here instead.
    expect(await store.sweep(now, 100)).toHaveLength(4);
    expect(changesOn(store)).toBe(before + 4);
    expect(store.background!.running).toBe(false);
    expect(reported).toHaveLength(1);
    expect(String(reported[0])).toMatch(/no-such-sqlite-module/);
    await withExpired(store, 3, 0);
    expect(await store.sweep(Date.now(), 100)).toHaveLength(3);
    expect(reported).toHaveLength(1);
    expect(await store.count()).toBe(2);
    // Touches too.
    const [live] = await store.listAll(1);
    const touchedBefore = changesOn(store);
    expect((await store.getAndTouch(live!.key, Date.now() + 5000, 1000))?.key).toBe(live!.key);
    expect(changesOn(store)).toBe(touchedBefore + 1);
    await store.close();
  });

  it('an in-memory database has no second connection and sweeps on its own', async () => {
    const store = new SqliteSessionStore(':memory:');
    expect(store.background).toBeNull();
    const now = await withExpired(store, 3, 1);
    expect(await store.sweep(now, 100)).toHaveLength(3);
    await store.close();
  });
});
