import { describe, expect, it } from 'vitest';
import { LocalEventBus, type SessionEvent } from './events';
import { SessionManager } from './session-manager';
import { SqliteSessionStore } from './sqlite-store';
import { StoreUnavailableError, type SessionStore } from './store';
import type { SweepClock } from './store';
import { startSweeper, sweepExpired } from './sweeper';

/** The real store, except that its first `failures` sweeps throw as an unreachable store would. */
function failingFirst(store: SqliteSessionStore, failures: number): SessionStore {
  let left = failures;
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'sweep') {
        return (now: number, limit: number) => {
          if (left-- > 0) return Promise.reject(new StoreUnavailableError('SQLite store: disk I/O error'));
          return target.sweep(now, limit);
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function until(condition: () => Promise<boolean>, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('startSweeper', () => {
  it('keeps running after a sweep fails: the next round deletes the expired sessions', async () => {
    const clock = { now: 1_700_000_000_000 };
    const real = new SqliteSessionStore(':memory:');
    const events = new LocalEventBus();
    const expired: SessionEvent[] = [];
    events.subscribe((event) => event.type === 'expired' && expired.push(event));
    const manager = new SessionManager(
      { store: failingFirst(real, 2), events, now: () => clock.now },
      { idleTimeout: 10, absoluteTimeout: 600 },
    );
    const doomed = await Promise.all(Array.from({ length: 3 }, () => manager.create()));
    const alive = await manager.create();
    clock.now += 5000;
    await manager.load(alive.id, { touch: true });
    clock.now += 6000;

    const errors: unknown[] = [];
    const stop = startSweeper(manager, { intervalMs: 5, onError: (error) => errors.push(error) });
    try {
      await until(async () => (await real.count()) === 1);
    } finally {
      stop();
    }
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBeInstanceOf(StoreUnavailableError);
    expect(await real.get(alive.key)).not.toBeNull();
    expect(expired.map((event) => event.session).sort()).toEqual(doomed.map((session) => session.fingerprint).sort());
  });
});

/**
 * A store whose sweep costs `msPerRow(row)` of fake time per row deleted, on a
 * clock that only the store's work and the sweeper's pauses move.
 */
async function timedSweep(rows: number, msPerRow: (row: number) => number) {
  const clock = { now: 0 };
  const real = new SqliteSessionStore(':memory:');
  const manager = new SessionManager(
    { store: real, events: new LocalEventBus(), now: () => 1_700_000_000_000 + clock.now },
    {
      idleTimeout: 10,
      absoluteTimeout: 600,
    },
  );
  for (let i = 0; i < rows; i++) await manager.create();
  clock.now += 11_000;
  const calls: { limit: number; swept: number; start: number; end: number }[] = [];
  const pauses: { at: number; ms: number }[] = [];
  let done = 0;
  const store = new Proxy(real, {
    get(target, property, receiver) {
      if (property === 'sweep') {
        return async (now: number, limit: number) => {
          const start = clock.now;
          const swept = await target.sweep(now, limit);
          for (let i = 0; i < swept.length; i++) clock.now += msPerRow(done++);
          calls.push({ limit, swept: swept.length, start, end: clock.now });
          return swept;
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const swept = new SessionManager({ store, events: new LocalEventBus(), now: () => 1_700_000_000_000 + clock.now }, manager.policy);
  const sweepClock: SweepClock = {
    now: () => clock.now,
    pause: async (ms) => {
      pauses.push({ at: clock.now, ms });
      clock.now += ms;
    },
  };
  const total = await sweepExpired(swept, { sliceMs: 5, share: 0.2, maxBatch: 100_000, clock: sweepClock });
  // Slices: the work between two pauses.
  const slices: number[] = [];
  let sliceStart = calls[0]!.start;
  for (const pause of pauses) {
    slices.push(pause.at - sliceStart);
    sliceStart = pause.at + pause.ms;
  }
  return { total, calls, pauses, slices, left: await real.count() };
}

describe('sweepExpired: a time budget per slice (fake clock)', () => {
  it('stops each slice after its 5 ms of work however large the batch may be, and pauses 4x as long (a 20% share)', async () => {
    const { total, calls, pauses, slices, left } = await timedSweep(3000, () => 0.02);
    expect(total).toBe(3000);
    expect(left).toBe(0);
    // 3000 rows x 0.02 ms = 60 ms of work: twelve slices of 5 ms.
    expect(slices).toHaveLength(12);
    for (const slice of slices) expect(slice).toBeCloseTo(5, 6);
    for (const [i, pause] of pauses.entries()) expect(pause.ms).toBeCloseTo(slices[i]! * 4, 6);
    // The batch is sized to the slice, never to maxBatch (100 000).
    expect(Math.max(...calls.map((call) => call.limit))).toBeLessThanOrEqual(5 / 0.02);
    expect(calls[0]!.limit).toBe(16);
  });

  it('when rows get dearer, batches shrink to fit; they never more than double from one to the next', async () => {
    const { total, calls, slices } = await timedSweep(2000, (row) => (row < 1000 ? 0.01 : 0.1));
    expect(total).toBe(2000);
    for (let i = 1; i < calls.length; i++) expect(calls[i]!.limit).toBeLessThanOrEqual(calls[i - 1]!.limit * 2);
    // The one batch that met the dearer rows ran over; every later slice fits its 5 ms again.
    const over = slices.filter((slice) => slice > 5 + 1e-6);
    expect(over.length).toBeLessThanOrEqual(1);
    let rows = 0;
    const firstDear = calls.findIndex((call) => (rows += call.swept) > 1000);
    for (const call of calls.slice(firstDear + 1)) expect(call.end - call.start).toBeLessThanOrEqual(5 + 1e-6);
  });
});
