import { afterAll, beforeAll } from 'vitest';
import { startRedis, type RunningRedis } from '../../tests/support/redis-server';
import { describeLimitStore } from '../../tests/support/limit-contract';
import { RedisLimitStore } from './redis-limits';

let redis: RunningRedis;
let n = 0;
const stores: RedisLimitStore[] = [];

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await redis.stop();
});

// Two connections with one key prefix: two app instances on one Redis.
describeLimitStore('redis', async () => {
  const prefix = `limits-${n++}:`;
  const pair: [RedisLimitStore, RedisLimitStore] = [new RedisLimitStore(redis.url, prefix), new RedisLimitStore(redis.url, prefix)];
  stores.push(...pair);
  return pair;
});
