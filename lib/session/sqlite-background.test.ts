import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('the sweep on a background connection', () => {
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
