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

/**
 * How long `work` took to settle, in ms, and how it settled. Tests compare `ms`
 * only with generous bounds that say what behaviour is meant (it answers
 * instead of hanging; it did not wait out a timeout), never with a speed a
 * busy machine might miss: speed belongs in `npm run bench`.
 */
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
    const deadline = (id: string) => store.client.pexpiretime(`${prefix}session:${id}`);
    expect(await deadline(idle.id)).toBe(now + 60_000);
    expect(await deadline(absolute.id)).toBe(now + 30_000);
    await store.touch(idle.id, now + 5000);
    expect(await deadline(idle.id)).toBe(now + 65_000);
    // Activity never moves the absolute deadline.
    await store.touch(absolute.id, now + 5000);
    expect(await deadline(absolute.id)).toBe(now + 30_000);
  });

  it('Redis deletes an idle session by itself; "my sessions" never lists it and its index entries go', async () => {
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
    expect(await store.client.smembers(`${prefix}user:carol`)).toEqual([long.id]);
    expect(await store.client.hget(`${prefix}owners`, short.id)).toBeNull();
  });

  it('sweep cleans the indexes of sessions Redis already expired (it cannot return them)', async () => {
    const prefix = `sweep-${n++}:`;
    const store = newStore(prefix);
    const now = Date.now();
    const gone = Array.from({ length: 5 }, () => makeRecord(now, { maxInactiveInterval: 1, attributes: { userId: 'dan' } }));
    const alive = makeRecord(now, { attributes: { userId: 'dan' } });
    for (const record of [...gone, alive]) await store.create(record);
    expect(await store.count()).toBe(6);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await store.sweep(Date.now(), 2)).toEqual([]);
    expect(await store.count()).toBe(1);
    expect(await store.client.smembers(`${prefix}user:dan`)).toEqual([alive.id]);
    expect(await store.client.hkeys(`${prefix}owners`)).toEqual([alive.id]);
    expect((await store.listAll(10)).map((r) => r.id)).toEqual([alive.id]);
  });
});

/** The command timeout of the hung-Redis test: long enough that failing at once is plainly not waiting it out. */
const HUNG_TIMEOUT_MS = 4000;

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
      for (const call of [() => store.get(record.id), () => store.ping(), () => store.update(record.id, (r) => r)]) {
        const { error } = await timed(call);
        expect(error).toBeInstanceOf(StoreUnavailableError);
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
    // A long command timeout, so "waited it out" and "failed at once" are far apart even on a busy machine.
    const store = new RedisSessionStore(own.url, { commandTimeoutMs: HUNG_TIMEOUT_MS });
    try {
      await store.ping();
      own.pause();
      const { error, ms } = await timed(() => store.get('x'));
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(ms).toBeGreaterThanOrEqual(HUNG_TIMEOUT_MS - 50);
      // The connection is now suspect: the next calls fail at once instead of waiting out the timeout too.
      const next = await timed(() => store.get('x'));
      expect(next.error).toBeInstanceOf(StoreUnavailableError);
      expect(next.ms).toBeLessThan(HUNG_TIMEOUT_MS / 2);
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
