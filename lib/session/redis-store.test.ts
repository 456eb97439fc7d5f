import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startRedis, type RunningRedis } from '../../tests/support/redis-server';
import { LocalEventBus, type SessionEvent } from './events';
import { RedisEventBus } from './redis-event-bus';
import { RedisSessionStore } from './redis-store';
import { SessionManager } from './session-manager';
import { StoreUnavailableError } from './store';
import { describeSessionStore, makeRecord } from '../../tests/support/store-contract';
import { fingerprintOfKey } from './session-id';
import type { SessionRecord } from './types';

/** What Redis files a record under, and lists in its indexes. */
const fp = (record: SessionRecord) => fingerprintOfKey(record.key);

let redis: RunningRedis;
let n = 0;
const stores: RedisSessionStore[] = [];
const buses: RedisEventBus[] = [];

/** A store on the test server with its own key prefix: fresh and empty, as the contract needs. */
function newStore(prefix = `test-${process.pid}-${n++}:`) {
  const store = new RedisSessionStore(redis.url, { prefix });
  stores.push(store);
  return store;
}

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(buses.map((bus) => bus.close()));
  await Promise.all(stores.map((store) => store.close()));
  await redis.stop();
});

describeSessionStore('redis', async () => newStore());

/**
 * How long `work` took to settle, in ms, and how it settled. Tests compare `ms`
 * only with generous bounds that say what behaviour is meant (it answers
 * instead of hanging; it did not wait out a timeout), never with a speed a
 * busy machine might miss: speed belongs in `npm run bench`.
 */
/** Waits (5 s at most) until the store answers a ping again. */
async function backUp(store: RedisSessionStore) {
  await expect
    .poll(
      () =>
        store.ping().then(
          () => 'up',
          () => 'down',
        ),
      { timeout: 5000 },
    )
    .toBe('up');
}

async function timed(work: () => Promise<unknown>) {
  const start = performance.now();
  const outcome = await work().then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );
  return { ...outcome, ms: performance.now() - start };
}

describe('RedisSessionStore with several connections', () => {
  it('two connections (two app instances) and 100 concurrent writers lose no update', async () => {
    const prefix = `multi-${n++}:`;
    const a = newStore(prefix);
    const b = newStore(prefix);
    const record = makeRecord(Date.now(), { attributes: { counter: 0, cart: [] } });
    await a.create(record);
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        (i % 2 ? a : b).update(record.key, (r) => ({
          ...r,
          attributes: {
            counter: (r.attributes.counter as number) + 1,
            cart: [...(r.attributes.cart as number[]), i],
          },
        })),
      ),
    );
    const stored = await b.get(record.key);
    expect(stored?.attributes.counter).toBe(100);
    expect([...(stored?.attributes.cart as number[])].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});

describe('RedisSessionStore at start-up', () => {
  it('a burst of calls made before the first connection all succeed, without a listener per call', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const store = newStore();
      const records = Array.from({ length: 500 }, () => makeRecord(Date.now()));
      await Promise.all(records.map((record) => store.create(record)));
      expect(await store.count()).toBe(500);
      await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
      expect(warnings.filter((warning) => warning.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('RedisSessionStore expiry through key TTLs', () => {
  it('the key lives until min(idle deadline, absolute deadline), and touch moves it', async () => {
    const prefix = `deadline-${n++}:`;
    const store = newStore(prefix);
    const now = Date.now();
    const idle = makeRecord(now, { maxInactiveInterval: 60 });
    const absolute = makeRecord(now, { maxInactiveInterval: 600, absoluteExpiresAt: now + 30_000 });
    await store.create(idle);
    await store.create(absolute);
    const deadline = (record: SessionRecord) => store.client.pexpiretime(store.sessionKey(fp(record)));
    expect(await deadline(idle)).toBe(now + 60_000);
    expect(await deadline(absolute)).toBe(now + 30_000);
    await store.touch(idle.key, now + 5000);
    expect(await deadline(idle)).toBe(now + 65_000);
    await store.getAndTouch(idle.key, now + 7000, 1000);
    expect(await deadline(idle)).toBe(now + 67_000);
    // Activity never moves the absolute deadline.
    await store.touch(absolute.key, now + 5000);
    expect(await deadline(absolute)).toBe(now + 30_000);
  });

  it('Redis deletes an idle session by itself; "my sessions" never lists it, and the sweep cleans its index entries', async () => {
    const prefix = `ttl-${n++}:`;
    const store = newStore(prefix);
    const now = Date.now();
    const short = makeRecord(now, { maxInactiveInterval: 1, attributes: { userId: 'carol' } });
    const long = makeRecord(now, { attributes: { userId: 'carol' } });
    await store.create(short);
    await store.create(long);
    expect((await store.listByUser('carol')).map((r) => r.key).sort()).toEqual([short.key, long.key].sort());
    await new Promise((r) => setTimeout(r, 1200));
    expect(await store.get(short.key)).toBeNull();
    expect((await store.listByUser('carol')).map((r) => r.key)).toEqual([long.key]);
    expect(await store.sweep(Date.now(), 10)).toEqual([{ fingerprint: fp(short), reason: 'idle' }]);
    expect(await store.client.zrange(store.userKey('carol'), '0', '-1')).toEqual([fp(long)]);
    expect(await store.count()).toBe(1);
  });

  it('sweep returns the sessions Redis already expired by their TTL too (their `expired` is not lost), with the reason', async () => {
    const prefix = `sweep-${n++}:`;
    const store = newStore(prefix);
    const now = Date.now();
    const gone = Array.from({ length: 4 }, () => makeRecord(now, { maxInactiveInterval: 1, attributes: { userId: 'dan' } }));
    const absolute = makeRecord(now, { absoluteExpiresAt: now + 1000 });
    const alive = makeRecord(now, { attributes: { userId: 'dan' } });
    for (const record of [...gone, absolute, alive]) await store.create(record);
    expect(await store.count()).toBe(6);
    await new Promise((r) => setTimeout(r, 1200));
    const first = await store.sweep(Date.now(), 2);
    expect(first).toHaveLength(2);
    const rest = await store.sweep(Date.now(), 100);
    const byFingerprint = (a: { fingerprint: string }, b: { fingerprint: string }) => a.fingerprint.localeCompare(b.fingerprint);
    expect([...first, ...rest].sort(byFingerprint)).toEqual(
      [...gone.map((record) => ({ fingerprint: fp(record), reason: 'idle' })), { fingerprint: fp(absolute), reason: 'absolute' }].sort(
        byFingerprint,
      ),
    );
    expect(await store.count()).toBe(1);
    expect(await store.client.zrange(store.userKey('dan'), '0', '-1')).toEqual([fp(alive)]);
    expect((await store.listAll(10)).map((r) => r.key)).toEqual([alive.key]);
  });

  it('several instances sweeping at once: each expired session is returned by exactly one of them', async () => {
    const prefix = `claim-${n++}:`;
    const stores = [newStore(prefix), newStore(prefix), newStore(prefix)];
    const now = Date.now();
    const records = Array.from({ length: 60 }, (_, i) => makeRecord(now, { maxInactiveInterval: i % 2 ? 1 : 600 }));
    for (const record of records) await stores[0]!.create(record);
    // Half are dead by the clock the sweepers pass in; half of those Redis also deleted already.
    await new Promise((r) => setTimeout(r, 1100));
    const swept = (await Promise.all(stores.map((store) => store.sweep(now + 5000, 1000)))).flat();
    expect(swept.map((s) => s.fingerprint).sort()).toEqual(
      records
        .filter((_, i) => i % 2)
        .map(fp)
        .sort(),
    );
  });
});

/** The command timeout of the hung-Redis test: long enough that failing at once is plainly not waiting it out. */
const HUNG_TIMEOUT_MS = 4000;
/** The command timeout of the busy-event-loop test: the loop is held 1.5 times as long, well short of ioredis's backstop (3 times). */
const BUSY_TIMEOUT_MS = 400;

describe('RedisSessionStore when Redis is unreachable', () => {
  it('fails fast with StoreUnavailableError when nothing listens, from the very first call', async () => {
    const store = new RedisSessionStore(`redis://127.0.0.1:${await freePort()}`);
    try {
      // It answers (no retry loop that hangs the request), with the error the routes turn into a 503.
      const { error } = await timed(() => store.get('x'));
      expect(error).toBeInstanceOf(StoreUnavailableError);
      const again = await timed(() => store.ping());
      expect(again.error).toBeInstanceOf(StoreUnavailableError);
    } finally {
      await store.close();
    }
  });

  it('a killed Redis gives StoreUnavailableError at once; the same store works again when Redis is back', async () => {
    const own = await startRedis();
    const store = new RedisSessionStore(own.url);
    try {
      const record = makeRecord(Date.now());
      await store.create(record);
      await own.kill();
      for (const call of [() => store.get(record.key), () => store.ping(), () => store.update(record.key, (r) => r)]) {
        const { error } = await timed(call);
        expect(error).toBeInstanceOf(StoreUnavailableError);
      }
      await own.restart();
      await backUp(store);
      // Redis came back empty (no persistence here): the session is simply unknown, not an error.
      expect(await store.get(record.key)).toBeNull();
    } finally {
      await store.close();
      await own.stop();
    }
  });

  it('an answer that came while the event loop was held past the timeout is read: a slow render is not an outage', async () => {
    const own = await startRedis();
    const store = new RedisSessionStore(own.url, { commandTimeoutMs: BUSY_TIMEOUT_MS });
    try {
      const record = makeRecord(Date.now());
      await store.create(record);
      const read = timed(() => store.get(record.key));
      // The call is sent in this turn; the next one holds the event loop past the timeout
      // (a slow render on a busy machine) while Redis answers, unread.
      await new Promise<void>((resolve) =>
        setImmediate(() => {
          const until = Date.now() + 1.5 * BUSY_TIMEOUT_MS;
          while (Date.now() < until);
          resolve();
        }),
      );
      const { value, error } = await read;
      expect(error).toBeUndefined();
      expect((value as SessionRecord | null)?.key).toBe(record.key);
      // Nor was the connection dropped as hung.
      expect(store.client.status).toBe('ready');
    } finally {
      await store.close();
      await own.stop();
    }
  });

  it('a hung Redis (accepts, never answers) gives StoreUnavailableError after the command timeout', async () => {
    const own = await startRedis();
    // A long command timeout, so "waited it out" and "failed at once" are far apart even on a busy machine.
    const store = new RedisSessionStore(own.url, { commandTimeoutMs: HUNG_TIMEOUT_MS });
    try {
      await store.ping();
      own.pause();
      const { error, ms } = await timed(() => store.get('x'));
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as Error).message).toMatch(/timed out/);
      expect(ms).toBeGreaterThanOrEqual(HUNG_TIMEOUT_MS - 50);
      // The connection is now suspect: the next calls fail at once instead of waiting out the timeout too.
      // Said by what failed, not by a stopwatch: a call that waited would fail as "timed out" again.
      const next = await timed(() => store.get('x'));
      expect(next.error).toBeInstanceOf(StoreUnavailableError);
      expect((next.error as Error).message).not.toMatch(/timed out/);
      own.resume();
      await backUp(store);
    } finally {
      own.resume();
      await store.close();
      await own.stop();
    }
  });
});

describe('RedisSessionStore: what Redis holds and how often it is asked', () => {
  const policy = { idleTimeout: 60, absoluteTimeout: 600 };

  /**
   * Commands clients sent Redis while `work` ran, by name, seen through MONITOR
   * (commands a script runs inside Redis are marked "lua" and left out: one
   * script is one round trip).
   */
  async function commandsDuring(work: () => Promise<unknown>): Promise<Record<string, number>> {
    const { Redis } = await import('ioredis');
    const [admin, watcher] = [new Redis(redis.url), new Redis(redis.url)];
    const monitor = await watcher.monitor();
    const seen: string[] = [];
    const marker = `end-of-work-${n++}`;
    const done = new Promise<void>((resolve) => {
      monitor.on('monitor', (_time: string, args: string[], source: string) => {
        if (args[0]?.toLowerCase() === 'echo' && args[1] === marker) resolve();
        else if (source !== 'lua') seen.push(args[0]!.toLowerCase());
      });
    });
    try {
      await work();
      await admin.echo(marker);
      await done;
      return seen.reduce<Record<string, number>>((counts, name) => ({ ...counts, [name]: (counts[name] ?? 0) + 1 }), {});
    } finally {
      monitor.disconnect();
      admin.disconnect();
      watcher.disconnect();
    }
  }

  it('no session ID reaches Redis, in any key or value', async () => {
    const prefix = `secret-${n++}:`;
    const store = newStore(prefix);
    const manager = new SessionManager({ store, events: new LocalEventBus(), now: Date.now }, policy);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const session = await manager.create({ attributes: { cart: [] } });
      ids.push(session.id);
      await session.setAttribute('note', `note ${i}`);
      await manager.load(session.id, { touch: true });
      if (i % 2) {
        await session.regenerate({ userId: 'alice', role: 'user' });
        ids.push(session.id);
      }
    }
    const keys = await store.client.keys(`${prefix}*`);
    const contents = await Promise.all(
      keys.map(async (key) => {
        const type = await store.client.type(key);
        if (type === 'hash') return JSON.stringify(await store.client.hgetall(key));
        if (type === 'zset') return JSON.stringify(await store.client.zrange(key, '0', '-1', 'WITHSCORES'));
        if (type === 'set') return JSON.stringify(await store.client.smembers(key));
        return JSON.stringify(await store.client.dump(key));
      }),
    );
    const everything = [...keys, ...contents].join('\n');
    expect(keys.length).toBeGreaterThan(10);
    for (const session of await manager.listAll(100)) expect(everything).toContain(session.key); // what Redis does hold
    for (const id of ids) expect(everything.includes(id), id).toBe(false);
  });

  it('a request that touches its session is one round trip: one script, nothing else', async () => {
    const store = newStore();
    let now = Date.now();
    const manager = new SessionManager({ store, events: new LocalEventBus(), now: () => now }, policy);
    const session = await manager.create();
    await manager.load(session.id, { touch: true }); // loads the script into Redis
    now += 5000;
    let loaded: Awaited<ReturnType<typeof manager.load>> = null;
    const commands = await commandsDuring(async () => {
      loaded = await manager.load(session.id, { touch: true });
    });
    expect(commands).toEqual({ evalsha: 1 });
    expect(loaded!.lastAccessedTime).toBe(now);
    expect((await store.get(session.key))?.lastAccessedAt).toBe(now);
  });

  it('a login (new ID plus the user) is one move, whatever the attributes: the user set, then take and place', async () => {
    const store = newStore();
    const manager = new SessionManager({ store, events: new LocalEventBus(), now: Date.now }, policy);
    const warm = await manager.create();
    await warm.regenerate({ userId: 'bob' }); // loads the script into Redis
    const session = await manager.create({ attributes: { csrfToken: 'before' } });
    const commands = await commandsDuring(() => session.regenerate({ userId: 'alice', role: 'user', csrfToken: 'after' }));
    // The new key lives in another bucket (another cluster slot), and the user's
    // set in the user's own slot: three scripts, none of them per attribute
    // (before: a move of three scripts, then a read and a write per attribute).
    expect(commands).toEqual({ hmget: 2, evalsha: 3 });
    expect((await manager.load(session.id, { touch: false }))?.getAttributes()).toEqual({
      userId: 'alice',
      role: 'user',
      csrfToken: 'after',
    });
    expect((await manager.listByUser('alice')).map((listed) => listed.key)).toEqual([session.key]);
  });

  it('finds a session by fingerprint with one key lookup, however many sessions there are', async () => {
    const store = newStore();
    const manager = new SessionManager({ store, events: new LocalEventBus(), now: Date.now }, policy);
    const oldest = await manager.create();
    for (let start = 0; start < 10_050; start += 500) await Promise.all(Array.from({ length: 500 }, () => manager.create()));
    let found: Awaited<ReturnType<typeof manager.findByFingerprint>> = null;
    const commands = await commandsDuring(async () => {
      found = await manager.findByFingerprint(oldest.fingerprint);
    });
    expect(commands).toEqual({ hmget: 1 });
    expect(found!.key).toBe(oldest.key);
    await found!.invalidate();
    expect(await manager.load(oldest.id, { touch: false })).toBeNull();
  });
});

describe('`expired` for a session nobody came back to, with several instances', () => {
  it('is announced exactly once, whether sweepers or returning requests on any instance find it first', async () => {
    const prefix = `expired-once-${n++}:`;
    const instances = [0, 1, 2].map(() => {
      const store = newStore(prefix);
      const events = new RedisEventBus(store.link, { prefix });
      buses.push(events);
      return new SessionManager({ store, events, now: Date.now }, { idleTimeout: 1, absoluteTimeout: 3600 });
    });
    await Promise.all(buses.map((bus) => bus.subscribed));
    const heard: SessionEvent[] = [];
    instances[0]!.events.subscribe((event) => heard.push(event));
    const sessions = await Promise.all(Array.from({ length: 10 }, () => instances[1]!.create()));
    const watched = new Set(sessions.map((session) => session.fingerprint));
    await new Promise((r) => setTimeout(r, 1200)); // past the idle deadline: Redis drops the records by their TTL
    // Every instance at once: its sweeper, and a request that brings each old cookie back.
    await Promise.all(
      instances.flatMap((manager) => [manager.sweepOnce(100), ...sessions.map((session) => manager.load(session.id, { touch: true }))]),
    );
    await expect.poll(() => heard.filter((event) => event.type === 'expired' && watched.has(event.session)).length).toBe(10);
    await new Promise((r) => setTimeout(r, 200)); // time for a duplicate to arrive, if there were one
    const expired = heard.filter((event) => event.type === 'expired' && watched.has(event.session));
    expect(new Set(expired.map((event) => event.session)).size).toBe(10);
    expect(expired).toHaveLength(10);
    expect(expired.every((event) => event.reason === 'idle')).toBe(true);
    // The history says so too, on any instance.
    expect((await instances[2]!.events.history(sessions[0]!.fingerprint)).map((event) => event.type)).toEqual(['created', 'expired']);
  });
});
