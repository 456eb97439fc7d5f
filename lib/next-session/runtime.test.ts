import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisCluster, type RunningCluster } from '../../tests/support/redis-cluster';
import { readConfig } from '../config/config';
import { createStore } from './runtime';

let cluster: RunningCluster;
const opened: ReturnType<typeof createStore>[] = [];

beforeAll(async () => {
  cluster = await startRedisCluster({ masters: 3 });
});
afterAll(async () => {
  for (const stores of opened) {
    await Promise.all([stores.wire.close(), stores.limits.close()]);
    await stores.store.close();
  }
  await cluster?.stop();
});

describe('the stores of an instance on a Redis Cluster', () => {
  // Both ways of naming a cluster. Before, the limits had their own connection, made from REDIS_URL alone:
  // with REDIS_CLUSTER_NODES they fell back to a SQLite file per host, and a redis+cluster:// URL went to a single-server client.
  it.each([
    ['REDIS_CLUSTER_NODES', () => ({ REDIS_CLUSTER_NODES: cluster.seeds })],
    ['a redis+cluster:// URL', () => ({ REDIS_URL: `redis+cluster://${cluster.seeds}` })],
  ])('share the login limits between instances (%s)', async (_name, env) => {
    const config = readConfig({ ...env(), SESSION_SECRET: 'runtime-test-secret-runtime-test-secret' });
    const [a, b] = [createStore(config), createStore(config)];
    opened.push(a, b);
    expect([a.limits.kind, b.limits.kind]).toEqual(['redis', 'redis']);
    const rule = { key: `runtime-test:${Math.random()}`, limit: 2, windowMs: 60_000 };
    const now = Date.now();
    expect((await a.limits.take([rule], now)).allowed).toBe(true);
    expect((await b.limits.take([rule], now)).allowed).toBe(true);
    // The third, on either instance, sees the two others took.
    expect((await a.limits.take([rule], now)).allowed).toBe(false);
    expect((await b.limits.take([rule], now)).allowed).toBe(false);
  });
});
