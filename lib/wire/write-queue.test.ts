import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SqliteWireStore } from './sqlite-wire-store';
import type { WireEntry } from './wire-entry';
import { WireWriteQueue, type WireWrite } from './write-queue';

const NOW = 1_000;
const entry = (session: string, id: string): WireEntry => ({
  id,
  session,
  at: NOW,
  method: 'GET',
  path: '/',
  kind: 'page',
  status: 200,
  sent: [],
  received: [],
  steps: ['sentBack'],
});

// The real store on a file of its own; `timeout: 0` so a lock held by another connection fails at once (the outage below).
let dir: string;
function openStore() {
  dir = mkdtempSync(join(tmpdir(), 'write-queue-'));
  const file = join(dir, 'sessions.db');
  const db = new Database(file, { timeout: 0 });
  db.pragma('journal_mode = WAL');
  return { file, db, store: new SqliteWireStore(db) };
}

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('WireWriteQueue', () => {
  it('drops the oldest writes past maxQueued, and keeps the newest in order', async () => {
    const { db, store } = openStore();
    const queue = new WireWriteQueue(store, { now: () => NOW, maxQueued: 3 });
    for (const n of [1, 2, 3, 4, 5]) queue.enqueue({ type: 'append', entry: entry(`s${n}`, `e${n}`) });
    await queue.flush();
    const kept = await Promise.all([1, 2, 3, 4, 5].map(async (n) => (await store.recent(`s${n}`, NOW)).map((e) => e.id)));
    expect(kept).toEqual([[], [], ['e3'], ['e4'], ['e5']]);
    db.close();
  });

  it('a store that fails never throws into the caller: the batch is dropped, logged once per outage, and writing resumes', async () => {
    const { file, db, store } = openStore();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const queue = new WireWriteQueue(store, { now: () => NOW });
    // Another connection holds the write lock: every write from the queue's connection fails (SQLITE_BUSY).
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    queue.enqueue({ type: 'append', entry: entry('s1', 'lost-1') });
    await expect(queue.flush()).resolves.toBeUndefined();
    queue.enqueue({ type: 'end', session: 's1' });
    queue.enqueue({ type: 'append', entry: entry('s1', 'lost-2') });
    await expect(queue.flush()).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledTimes(1);

    other.exec('COMMIT');
    other.close();
    queue.enqueue({ type: 'append', entry: entry('s1', 'kept') });
    await queue.flush();
    expect(info).toHaveBeenCalledWith('Wire view: the store takes entries again.');
    expect((await store.recent('s1', NOW)).map((e) => e.id)).toEqual(['kept']);
    db.close();
  });

  it('writes on its own after flushMs, without a flush() call', async () => {
    const { db, store } = openStore();
    const queue = new WireWriteQueue(store, { now: () => NOW, flushMs: 5 });
    queue.enqueue({ type: 'append', entry: entry('s1', 'e1') });
    await expect.poll(async () => (await store.recent('s1', NOW)).map((e) => e.id)).toEqual(['e1']);
    db.close();
  });

  it('a scheduled flush runs prepare first, and writes what it enqueued in the same batch', async () => {
    const { db, store } = openStore();
    const prepared: string[] = ['e1', 'e2'];
    const queue: WireWriteQueue = new WireWriteQueue(store, {
      now: () => NOW,
      flushMs: 5,
      prepare: () => prepared.splice(0).map((id) => ({ type: 'append', entry: entry('s1', id) })),
    });
    queue.schedule();
    await expect.poll(async () => (await store.recent('s1', NOW)).map((e) => e.id)).toEqual(['e1', 'e2']);
    db.close();
  });

  it('a batch leaves no timer behind, and a response noted while it is prepared gets the next one', async () => {
    vi.useFakeTimers();
    try {
      const { db, store } = openStore();
      let prepares = 0;
      let noteWhilePreparing = false;
      const prepared: string[] = ['e1'];
      const queue: WireWriteQueue = new WireWriteQueue(store, {
        now: () => NOW,
        flushMs: 5,
        prepare: () => {
          prepares++;
          const writes = prepared.splice(0).map((id): WireWrite => ({ type: 'append', entry: entry('s1', id) }));
          if (noteWhilePreparing) {
            // A response noted while this batch is built (as a stream's listener could): the next batch takes it.
            noteWhilePreparing = false;
            prepared.push('e3');
            queue.schedule();
          }
          return writes;
        },
      });
      queue.schedule();
      await vi.advanceTimersByTimeAsync(5);
      expect((await store.recent('s1', NOW)).map((e) => e.id)).toEqual(['e1']);
      // Idle: what prepare returned armed nothing, so nothing runs again.
      await vi.advanceTimersByTimeAsync(100);
      expect([prepares, vi.getTimerCount()]).toEqual([1, 0]);

      noteWhilePreparing = true;
      queue.enqueue({ type: 'append', entry: entry('s1', 'e2') });
      await vi.advanceTimersByTimeAsync(5);
      await vi.advanceTimersByTimeAsync(5);
      expect((await store.recent('s1', NOW)).map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
      await vi.advanceTimersByTimeAsync(100);
      expect([prepares, vi.getTimerCount()]).toEqual([3, 0]);
      db.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a prepare that throws is logged; what was queued is written, and the next batch comes on time', async () => {
    const { db, store } = openStore();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    const queue: WireWriteQueue = new WireWriteQueue(store, {
      now: () => NOW,
      flushMs: 5,
      prepare: () => {
        if (fail) throw new Error('unreadable');
        return [];
      },
    });
    queue.enqueue({ type: 'append', entry: entry('s1', 'e1') });
    await expect(queue.flush()).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledTimes(1);
    fail = false;
    queue.enqueue({ type: 'append', entry: entry('s1', 'e2') });
    await expect.poll(async () => (await store.recent('s1', NOW)).map((e) => e.id)).toEqual(['e1', 'e2']);
    db.close();
  });
});
