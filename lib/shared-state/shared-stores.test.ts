import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe } from 'vitest';
import { RedisRoleStore } from '../auth/redis-role-store';
import { SqliteRoleStore } from '../auth/sqlite-role-store';
import { RedisArrivalStore } from '../labs/redis-arrival-store';
import { SqliteArrivalStore } from '../labs/sqlite-arrival-store';
import { createRedisClient, RedisLink } from '../session/redis-connection';
import type { RedisTarget } from '../session/redis-target';
import { parseClusterNodes } from '../session/redis-target';
import { RedisWireStore } from '../wire/redis-wire-store';
import { SqliteWireStore } from '../wire/sqlite-wire-store';
import { startRedisCluster, type RunningCluster } from '../../tests/support/redis-cluster';
import { startRedis, type RunningRedis } from '../../tests/support/redis-server';
import {
  describeArrivalStore,
  describeRoleStore,
  describeWireStore,
  TEST_ARRIVAL_LIMITS,
  TEST_WIRE_KEEP,
} from '../../tests/support/shared-state-contract';

/*
 * The wire, arrival and role stores' contracts on each backing the app runs
 * on: a SQLite file opened twice (two processes on one machine), one Redis
 * server and a 3-master Redis Cluster (two app instances on each).
 */
const dir = mkdtempSync(join(tmpdir(), 'session-lab-shared-'));
const toClose: { close(): unknown }[] = [];
let redis: RunningRedis;
let cluster: RunningCluster;
let n = 0;

beforeAll(async () => {
  [redis, cluster] = await Promise.all([startRedis(), startRedisCluster({ masters: 3 })]);
}, 60_000);
afterAll(async () => {
  for (const item of toClose.reverse()) await item.close();
  await Promise.all([redis?.stop(), cluster?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

/** Two connections to one new file, as the session store opens it. */
function sqlitePair(): [Database.Database, Database.Database] {
  const path = join(dir, `shared-${n++}.db`);
  const open = () => {
    const db = new Database(path);
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    toClose.push(db);
    return db;
  };
  return [open(), open()];
}

/** A connection whose store was closed under it. */
function closedSqlite(): Database.Database {
  const db = new Database(':memory:');
  setTimeout(() => db.close(), 0);
  return db;
}

function link(target: RedisTarget): RedisLink {
  const made = new RedisLink(createRedisClient(target), 'test');
  toClose.push(made);
  return made;
}

/** Nothing listens on port 1: every call fails at once. */
const downLink = () => link('redis://127.0.0.1:1');

const backings = [
  { name: 'sqlite' },
  { name: 'redis', target: () => redis.url as RedisTarget },
  { name: 'redis cluster', target: () => ({ cluster: parseClusterNodes(cluster.seeds)! }) as RedisTarget },
];

for (const backing of backings) {
  describe(backing.name, () => {
    const target = backing.target;
    const prefix = () => `shared-${process.pid}-${n++}:`;
    const links = (): [RedisLink, RedisLink] => [link(target!()), link(target!())];

    describeWireStore(backing.name, {
      live: Boolean(target),
      pair: async () => {
        if (!target) return sqlitePair().map((db) => new SqliteWireStore(db, TEST_WIRE_KEEP)) as [SqliteWireStore, SqliteWireStore];
        const p = prefix();
        const stores = links().map((l) => new RedisWireStore(l, { prefix: p, keep: TEST_WIRE_KEEP }));
        toClose.push(...stores);
        await Promise.all(stores.map((store) => store.subscribed));
        return stores as [RedisWireStore, RedisWireStore];
      },
      down: async () => {
        if (!target) {
          const db = closedSqlite();
          const store = new SqliteWireStore(db, TEST_WIRE_KEEP);
          await new Promise((resolve) => setTimeout(resolve, 10));
          return store;
        }
        const store = new RedisWireStore(downLink(), { keep: TEST_WIRE_KEEP });
        toClose.push(store);
        return store;
      },
    });

    describeArrivalStore(backing.name, {
      pair: async () => {
        if (!target)
          return sqlitePair().map((db) => new SqliteArrivalStore(db, TEST_ARRIVAL_LIMITS)) as [SqliteArrivalStore, SqliteArrivalStore];
        const p = prefix();
        return links().map((l) => new RedisArrivalStore(l, { prefix: p, limits: TEST_ARRIVAL_LIMITS })) as [
          RedisArrivalStore,
          RedisArrivalStore,
        ];
      },
      down: async () => {
        if (!target) {
          const store = new SqliteArrivalStore(closedSqlite());
          await new Promise((resolve) => setTimeout(resolve, 10));
          return store;
        }
        return new RedisArrivalStore(downLink());
      },
    });

    describeRoleStore(backing.name, {
      pair: async () => {
        if (!target) return sqlitePair().map((db) => new SqliteRoleStore(db)) as [SqliteRoleStore, SqliteRoleStore];
        const p = prefix();
        return links().map((l) => new RedisRoleStore(l, p)) as [RedisRoleStore, RedisRoleStore];
      },
      down: async () => {
        if (!target) {
          const store = new SqliteRoleStore(closedSqlite());
          await new Promise((resolve) => setTimeout(resolve, 10));
          return store;
        }
        return new RedisRoleStore(downLink());
      },
    });
  });
}
