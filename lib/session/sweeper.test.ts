import { describe, expect, it } from 'vitest';
import { LocalEventBus, type SessionEvent } from './events';
import { SessionManager } from './session-manager';
import { SqliteSessionStore } from './sqlite-store';
import { StoreUnavailableError, type SessionStore } from './store';
import { startSweeper } from './sweeper';

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
