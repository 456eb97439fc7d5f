import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { createRedisClient, RedisLink, type RedisConnectionOptions } from './redis-connection';
import { deadlineOf, fromPairs, fromValues, RECORD_FIELDS, toFields, type StoredRecord } from './redis-record';
import {
  compareAndSetScript,
  createScript,
  destroyScript,
  pruneScript,
  renameScript,
  RETRY,
  sweepOneScript,
  touchScript,
} from './redis-scripts';
import type { SessionStore } from './store';
import { StoreUnavailableError } from './store';
import { userIdOf, type SessionRecord } from './types';

export interface RedisStoreOptions extends RedisConnectionOptions {
  /** Prefix of every key, so several apps (or tests) can share one Redis. */
  prefix?: string;
}

/** Optimistic writers retry; past this many conflicts the store is too busy and says so (503). */
const MAX_UPDATE_ATTEMPTS = 500;
/** Index entries whose record Redis already expired are cleaned up to this many at a time. */
const PAGE = 200;

/**
 * Sessions in Redis, for several app instances behind one balancer.
 *
 * Each session is a hash whose TTL is its deadline (min of idle and absolute),
 * so Redis deletes dead sessions by itself; the absolute deadline is also kept
 * in the record. Writes are Lua scripts (see redis-scripts.ts); update() is a
 * compare-and-set on a version field, retried until it wins, so parallel
 * writers in any number of processes lose nothing.
 */
export class RedisSessionStore implements SessionStore {
  readonly kind = 'redis';
  private readonly link: RedisLink;
  private readonly prefix: string;

  constructor(url: string, options: RedisStoreOptions = {}) {
    this.prefix = options.prefix ?? 'session-lab:';
    this.link = new RedisLink(createRedisClient(url, options), 'Redis session store', options.firstConnectWaitMs);
  }

  private sessionKey(id: string) {
    return `${this.prefix}session:${id}`;
  }
  private userKey(userId: string) {
    return `${this.prefix}user:${userId}`;
  }
  private get expiriesKey() {
    return `${this.prefix}expiries`;
  }
  private get ownersKey() {
    return `${this.prefix}owners`;
  }

  private read(id: string): Promise<StoredRecord | null> {
    return this.link.run(async (client) => fromValues(id, await client.hmget(this.sessionKey(id), ...RECORD_FIELDS)));
  }

  async get(id: string) {
    return (await this.read(id))?.record ?? null;
  }

  async create(record: SessionRecord) {
    const userId = userIdOf(record) ?? '';
    const deadline = deadlineOf(record);
    const created = await this.link.script(
      createScript,
      [this.sessionKey(record.id), this.expiriesKey, this.ownersKey, this.userKey(userId)],
      [record.id, deadline, userId, ...toFields(record), 'version', '0'],
    );
    if (created !== 1) throw new Error('A session with this ID already exists.');
  }

  async destroy(id: string) {
    return (await this.withOwner(id, (owner) => this.link.script(destroyScript, this.indexKeys(id, owner), [id, owner]))) === 1;
  }

  async touch(id: string, lastAccessedAt: number) {
    const touched = await this.link.script(touchScript, [this.sessionKey(id), this.expiriesKey], [id, lastAccessedAt]);
    return touched === 1;
  }

  async update(id: string, change: (current: SessionRecord) => SessionRecord | null) {
    for (let attempt = 1; attempt <= MAX_UPDATE_ATTEMPTS; attempt++) {
      const stored = await this.read(id);
      if (!stored) return null;
      const changed = change(stored.record);
      if (!changed) return stored.record;
      const next = { ...changed, id };
      const newUserId = userIdOf(next) ?? '';
      const result = await this.link.script(
        compareAndSetScript,
        [this.sessionKey(id), this.expiriesKey, this.ownersKey, this.userKey(stored.userId), this.userKey(newUserId)],
        [id, stored.version, deadlineOf(next), stored.userId, newUserId, ...toFields(next)],
      );
      if (result === 1) return next;
      if (result === -1) return null;
      // Someone wrote first. Past a few rounds, spread the retries out a little.
      if (attempt > 3) await sleep(Math.random() * Math.min(attempt, 20));
    }
    throw new StoreUnavailableError(`Redis session store: session too busy, ${MAX_UPDATE_ATTEMPTS} conflicting writes in a row.`);
  }

  async rename(oldId: string, newId: string) {
    return (
      (await this.withOwner(oldId, (owner) =>
        this.link.script(
          renameScript,
          [this.sessionKey(oldId), this.sessionKey(newId), this.expiriesKey, this.ownersKey, this.userKey(owner)],
          [oldId, newId, owner],
        ),
      )) === 1
    );
  }

  /** The user's set, read back record by record; members whose record Redis expired are removed on the way. */
  async listByUser(userId: string) {
    const ids = await this.link.run((client) => client.smembers(this.userKey(userId)));
    const { records } = await this.readMany(ids, () => userId);
    return records.sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Latest deadline first (the most recently active), from the expiry index; no keyspace scan. */
  async listAll(limit: number) {
    const records: SessionRecord[] = [];
    for (let start = 0; records.length < limit;) {
      const ids = await this.link.run((client) => client.zrevrange(this.expiriesKey, start, start + PAGE - 1));
      if (ids.length === 0) break;
      const owners = await this.owners(ids);
      const { records: found, pruned } = await this.readMany(ids, (_id, index) => owners[index] ?? '');
      records.push(...found);
      // Pruned entries left the index, so the next page starts that much earlier.
      start += ids.length - pruned;
    }
    return records.slice(0, limit).sort((a, b) => b.lastAccessedAt - a.lastAccessedAt);
  }

  /**
   * Redis deletes a session at its deadline by itself, so there is usually
   * little left to sweep: this cleans the indexes of sessions Redis expired
   * (those records are gone and cannot be returned) and deletes and returns
   * records whose deadline is before `now` but which Redis still holds (a
   * clock ahead of Redis's, or a test's clock).
   */
  async sweep(now: number, limit: number) {
    const swept: SessionRecord[] = [];
    for (;;) {
      const ids = await this.link.run((client) =>
        client.zrangebyscore(this.expiriesKey, '-inf', now, 'LIMIT', 0, Math.min(PAGE, limit - swept.length)),
      );
      if (ids.length === 0) return swept;
      const owners = await this.owners(ids);
      const results = await Promise.all(
        ids.map((id, index) => {
          const owner = owners[index] ?? '';
          return this.link.script(sweepOneScript, this.indexKeys(id, owner), [id, owner, now]);
        }),
      );
      results.forEach((result, index) => {
        if (Array.isArray(result)) {
          const stored = fromPairs(ids[index]!, result as string[]);
          if (stored) swept.push(stored.record);
        }
      });
      if (swept.length >= limit || results.every((result) => result === 0 || result === RETRY)) return swept;
    }
  }

  /** Sessions in the expiry index: like SQLite's row count, it includes dead ones the sweeper has not cleaned yet. */
  count() {
    return this.link.run((client) => client.zcard(this.expiriesKey));
  }

  async ping() {
    await this.link.run((client) => client.ping());
  }

  close() {
    return this.link.close();
  }

  /** The Redis connection, for the event bus and tests. */
  get client(): Redis {
    return this.link.client;
  }

  private indexKeys(id: string, owner: string) {
    return [this.sessionKey(id), this.expiriesKey, this.ownersKey, this.userKey(owner)];
  }

  private async owners(ids: string[]): Promise<(string | null)[]> {
    return ids.length ? this.link.run((client) => client.hmget(this.ownersKey, ...ids)) : [];
  }

  /** Runs a script that depends on the owner, reading the owner again if it changed in between (login or logout). */
  private async withOwner(id: string, work: (owner: string) => Promise<unknown>): Promise<unknown> {
    for (;;) {
      const owner = (await this.link.run((client) => client.hget(this.ownersKey, id))) ?? '';
      const result = await work(owner);
      if (result !== RETRY) return result;
    }
  }

  /** Reads many records at once (pipelined); index entries of missing ones are pruned. */
  private async readMany(ids: string[], ownerOf: (id: string, index: number) => string) {
    const stored = await Promise.all(ids.map((id) => this.read(id)));
    const missing = ids.flatMap((id, index) => (stored[index] ? [] : [[id, ownerOf(id, index)] as const]));
    const results = await Promise.all(missing.map(([id, owner]) => this.link.script(pruneScript, this.indexKeys(id, owner), [id, owner])));
    return {
      records: stored.flatMap((entry) => (entry ? [entry.record] : [])),
      pruned: results.filter((result) => result === 1).length,
    };
  }
}
