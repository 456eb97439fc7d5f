import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRecord } from '../../tests/support/store-contract';
import { SqliteSessionStore } from './sqlite-store';

const dir = mkdtempSync(join(tmpdir(), 'session-lab-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Enough single-row commits to take the log well past SQLite's automatic checkpoint (1000 pages). */
async function writeSessions(store: SqliteSessionStore, count: number) {
  for (let i = 0; i < count; i++) await store.create(makeRecord(Date.now(), { attributes: { note: 'x'.repeat(900) } }));
}

describe('WAL checkpoints in a worker thread', () => {
  it('the serving connection never checkpoints: the log grows until the worker copies it back', async () => {
    // An interval longer than the test: only checkpointNow() runs one.
    const store = new SqliteSessionStore(join(dir, 'worker.db'), { checkpointer: { intervalMs: 3_600_000 } });
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await writeSessions(store, 1500);
    const first = await store.checkpointer!.checkpointNow();
    // Had the serving connection checkpointed by itself, the log would hold at most about 1000 frames.
    expect(first.log).toBeGreaterThan(2000);
    expect(first).toEqual({ busy: 0, log: first.log, checkpointed: first.log });
    // Copied back: the next commit starts the log over.
    await writeSessions(store, 1);
    expect((await store.checkpointer!.checkpointNow()).log).toBeLessThan(10);
    await store.close();
  });

  it('falls back to SQLite’s own checkpoints when the worker cannot run, and keeps serving', async () => {
    let reported: unknown;
    const stores: SqliteSessionStore[] = [];
    const fellBack = new Promise<void>((resolve) => {
      const store = new SqliteSessionStore(join(dir, 'fallback.db'), {
        checkpointer: {
          sqliteModule: 'no-such-sqlite-module',
          onFallback: (error) => {
            reported = error;
            resolve();
          },
        },
      });
      stores.push(store);
    });
    await fellBack;
    const store = stores[0]!;
    expect(String(reported)).toMatch(/no-such-sqlite-module/);
    expect(store.checkpointer!.onMainConnection).toBe(true);
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    const record = makeRecord(Date.now());
    await store.create(record);
    expect(await store.get(record.key)).toEqual(record);
    await store.close();
  });

  it('an in-memory database has no log and no worker', async () => {
    const store = new SqliteSessionStore(':memory:');
    expect(store.checkpointer).toBeNull();
    await store.close();
  });
});
