import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startRedis, type RunningRedis } from '../../tests/support/redis-server';
import { RedisSessionStore } from './redis-store';
import { StoreUnavailableError } from './store';
import { describeSessionStore, makeRecord } from '../../tests/support/store-contract';

let redis: RunningRedis;
let n = 0;
const stores: RedisSessionStore[] = [];

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
  await Promise.all(stores.map((store) => store.close()));
  await redis.stop();
});

describeSessionStore('redis', async () => newStore());

/** How long `work` took to settle, in ms, and how it settled. */
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
        (i % 2 ? a : b).update(record.id, (r) => ({
          ...r,
          attributes: {
            counter: (r.attributes.counter as number) + 1,
            cart: [...(r.attributes.cart as number[]), i],
          },
        })),
      ),
    );
    const stored = await b.get(record.id);
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
    const deadline = (id: string) => store.client.pexpiretime(store.sessionKey(id));
    expect(await deadline(idle.id)).toBe(now + 60_000);
    expect(await deadline(absolute.id)).toBe(now + 30_000);
    await store.touch(idle.id, now + 5000);
    expect(await deadline(idle.id)).toBe(now + 65_000);
    // Activity never moves the absolute deadline.
    await store.touch(absolute.id, now + 5000);
    expect(await deadline(absolute.id)).toBe(now + 30_000);
  });

  it('Redis deletes an idle session by itself; "my sessions" never lists it, and the sweep cleans its index entries', async () => {
    const prefix = `ttl-${n++}:`;
    const store = newStore(prefix);
    const now = Date.now();
    const short = makeRecord(now, { maxInactiveInterval: 1, attributes: { userId: 'carol' } });
    const long = makeRecord(now, { attributes: { userId: 'carol' } });
    await store.create(short);
    await store.create(long);
    expect((await store.listByUser('carol')).map((r) => r.id).sort()).toEqual([short.id, long.id].sort());
    await new Promise((r) => setTimeout(r, 1200));
    expect(await store.get(short.id)).toBeNull();
    expect((await store.listByUser('carol')).map((r) => r.id)).toEqual([long.id]);
    expect(await store.sweep(Date.now(), 10)).toEqual([{ id: short.id, reason: 'idle' }]);
    expect(await store.client.zrange(store.userKey('carol'), '0', '-1')).toEqual([long.id]);
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
    expect([...first, ...rest].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...gone.map(({ id }) => ({ id, reason: 'idle' })), { id: absolute.id, reason: 'absolute' }].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await store.count()).toBe(1);
    expect(await store.client.zrange(store.userKey('dan'), '0', '-1')).toEqual([alive.id]);
    expect((await store.listAll(10)).map((r) => r.id)).toEqual([alive.id]);
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
    expect(swept.map((s) => s.id).sort()).toEqual(
      records
        .filter((_, i) => i % 2)
        .map((r) => r.id)
        .sort(),
    );
  });
});

describe('RedisSessionStore when Redis is unreachable', () => {
  it('fails fast with StoreUnavailableError when nothing listens, from the very first call', async () => {
    const store = new RedisSessionStore(`redis://127.0.0.1:${await freePort()}`);
    try {
      const { error, ms } = await timed(() => store.get('x'));
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(ms).toBeLessThan(1500);
      const again = await timed(() => store.ping());
      expect(again.error).toBeInstanceOf(StoreUnavailableError);
      expect(again.ms).toBeLessThan(100);
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
      for (const call of [() => store.get(record.id), () => store.ping(), () => store.update(record.id, (r) => r)]) {
        const { error, ms } = await timed(call);
        expect(error).toBeInstanceOf(StoreUnavailableError);
        expect(ms).toBeLessThan(1500);
      }
      await own.restart();
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
      // Redis came back empty (no persistence here): the session is simply unknown, not an error.
      expect(await store.get(record.id)).toBeNull();
    } finally {
      await store.close();
      await own.stop();
    }
  });

  it('a hung Redis (accepts, never answers) gives StoreUnavailableError after the command timeout', async () => {
    const own = await startRedis();
    const store = new RedisSessionStore(own.url, { commandTimeoutMs: 500 });
    try {
      await store.ping();
      own.pause();
      const { error, ms } = await timed(() => store.get('x'));
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(ms).toBeGreaterThanOrEqual(450);
      expect(ms).toBeLessThan(1500);
      // The connection is now suspect: the next calls fail at once instead of waiting out the timeout too.
      const next = await timed(() => store.get('x'));
      expect(next.error).toBeInstanceOf(StoreUnavailableError);
      expect(next.ms).toBeLessThan(100);
      own.resume();
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
    } finally {
      own.resume();
      await store.close();
      await own.stop();
    }
  });
});
