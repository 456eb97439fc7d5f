import { afterAll, beforeAll } from 'vitest';
import { startRedisCluster, type RunningCluster } from '../../tests/support/redis-cluster';
import { startRedis, type RunningRedis } from '../../tests/support/redis-server';
import { describeLimitStore } from '../../tests/support/limit-contract';
import { createRedisClient, RedisLink } from '../session/redis-connection';
import { parseClusterNodes, type RedisTarget } from '../session/redis-target';
import { RedisLimitStore } from './redis-limits';

let redis: RunningRedis;
let cluster: RunningCluster;
let n = 0;
const links: RedisLink[] = [];

beforeAll(async () => {
  [redis, cluster] = await Promise.all([startRedis(), startRedisCluster({ masters: 3 })]);
});
afterAll(async () => {
  await Promise.all(links.map((link) => link.close()));
  await Promise.all([redis?.stop(), cluster?.stop()]);
});

/** Two app instances, each on its own connection (the session store's), with one key prefix. */
function pairOn(target: () => RedisTarget): [RedisLimitStore, RedisLimitStore] {
  const prefix = `limits-${n++}:`;
  const open = () => {
    const link = new RedisLink(createRedisClient(target()), 'test');
    links.push(link);
    return new RedisLimitStore(link, prefix);
  };
  return [open(), open()];
}

describeLimitStore('redis', async () => pairOn(() => redis.url));
// Every limit key carries the {limits} hash tag: a check over several keys is one script on one node.
describeLimitStore('redis cluster', async () => pairOn(() => ({ cluster: parseClusterNodes(cluster.seeds)! })));
