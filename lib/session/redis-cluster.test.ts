import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisCluster, type RunningCluster } from '../../tests/support/redis-cluster';
import { describeSessionStore, makeRecord } from '../../tests/support/store-contract';
import { RedisEventBus } from './redis-event-bus';
import { BUCKETS } from './redis-keys';
import { RedisSessionStore } from './redis-store';
import { parseClusterNodes } from './redis-target';
import { StoreUnavailableError } from './store';
import type { SessionEvent } from './events';

/*
 * The store on a real 3-master Redis Cluster (tests/support/redis-cluster.ts):
 * the whole store contract, then what a client sees when one master dies.
 */
let cluster: RunningCluster;
let n = 0;
const stores: RedisSessionStore[] = [];

function newStore(prefix = `cluster-${process.pid}-${n++}:`) {
  const store = new RedisSessionStore({ cluster: parseClusterNodes(cluster.seeds)! }, { prefix });
  stores.push(store);
  return store;
}

beforeAll(async () => {
  cluster = await startRedisCluster({ masters: 3 });
}, 60_000);
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await cluster?.stop();
});

describeSessionStore('redis cluster', async () => newStore());

/** Outcome of one call: its value, or the class of its error. */
async function outcome<T>(call: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; unavailable: boolean; error: unknown }> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, unavailable: error instanceof StoreUnavailableError, error };
  }
}

describe('RedisSessionStore on a 3-master cluster', () => {
  it('spreads the session buckets over every master', async () => {
    const store = newStore();
    const holders = new Set<string>();
    for (let i = 0; holders.size < 3 && i < 200; i++) holders.add(await store.nodeOf(makeRecord(Date.now()).key));
    expect([...holders].sort()).toEqual(cluster.nodes.map((node) => node.address).sort());
    expect(BUCKETS).toBeGreaterThanOrEqual(cluster.nodes.length);
  });

  it('one master killed: its sessions get StoreUnavailableError, the others work; back with every acknowledged write', async () => {
    const store = newStore();
    const records = Array.from({ length: 30 }, () => makeRecord(Date.now(), { attributes: { counter: 0, userId: 'erin' } }));
    for (const record of records) await store.create(record);
    // Acknowledged writes: each session counts to 3.
    for (const record of records) {
      for (let i = 0; i < 3; i++) {
        await store.update(record.key, (r) => ({ ...r, attributes: { ...r.attributes, counter: (r.attributes.counter as number) + 1 } }));
      }
    }
    const nodeOf = new Map(await Promise.all(records.map(async (r) => [r.key, await store.nodeOf(r.key)] as const)));
    const victim = cluster.nodes[1]!;
    const onVictim = records.filter((r) => nodeOf.get(r.key) === victim.address);
    const elsewhere = records.filter((r) => nodeOf.get(r.key) !== victim.address);
    expect(onVictim.length).toBeGreaterThan(0);
    expect(elsewhere.length).toBeGreaterThan(0);

    await cluster.kill(victim.port);
    // What a request sees while the master is down: a clear StoreUnavailableError (the API's 503), never a wrong answer.
    const seen = (result: Awaited<ReturnType<typeof outcome>>) =>
      result.ok ? 'answered' : result.unavailable ? 'unavailable' : String(result.error);
    const reads = await Promise.all(onVictim.map((record) => outcome(() => store.get(record.key))));
    const writes = await Promise.all(onVictim.map((record) => outcome(() => store.touch(record.key, Date.now()))));
    expect([...reads, ...writes].map(seen)).toEqual([...reads, ...writes].map(() => 'unavailable'));
    // The other masters go on serving their sessions (cluster-require-full-coverage no).
    await expect
      .poll(async () => {
        const results = await Promise.all(elsewhere.map((record) => outcome(() => store.get(record.key))));
        return results.filter((result) => result.ok && result.value?.attributes.counter === 3).length;
      })
      .toBe(elsewhere.length);
    // A read that needs every node (a user's list, the count) fails as a whole, clearly.
    const listed = await outcome(() => store.listByUser('erin'));
    expect(seen(listed)).toBe('unavailable');

    await cluster.restart(victim.port);
    await cluster.waitHealthy();
    // Back: every acknowledged write is there, on every node, through the same store object.
    await expect
      .poll(
        async () => {
          const results = await Promise.all(records.map((record) => outcome(() => store.get(record.key))));
          return results.filter((result) => result.ok && result.value?.attributes.counter === 3).length;
        },
        { timeout: 20_000 },
      )
      .toBe(records.length);
    expect((await store.listByUser('erin')).length).toBe(records.length);
    await store.ping();
  }, 60_000);

  it('events and their history work across the cluster', async () => {
    const a = newStore();
    const b = newStore();
    const prefix = `cluster-events-${n++}:`;
    const busA = new RedisEventBus(a.link, { prefix });
    const busB = new RedisEventBus(b.link, { prefix });
    try {
      await Promise.all([busA.subscribed, busB.subscribed]);
      const seen: SessionEvent[] = [];
      busB.subscribe((event) => seen.push(event));
      const event: SessionEvent = { id: 'c1', type: 'created', session: 'fp-c', at: Date.now() };
      busA.publish(event);
      await expect.poll(() => seen).toEqual([event]);
      expect(await busB.history('fp-c')).toEqual([event]);
    } finally {
      await Promise.all([busA.close(), busB.close()]);
    }
  });
});
