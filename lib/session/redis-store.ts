import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { createRedisClient, RedisLink, type RedisConnectionOptions } from './redis-connection';
import { deadlineOf, fromPairs, fromValues, RECORD_FIELDS, toFields, type StoredRecord } from './redis-record';
import {
  compareAndSetScript,
  createScript,
  destroyScript,
  getAndTouchScript,
  pruneScript,
  renameScript,
  RETRY,
  sweepOneScript,
  touchScript,
} from './redis-scripts';
import { fingerprintOfKey } from './session-id';
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

  /** A record's Redis key: filed under its fingerprint (see redis-scripts.ts). */
  private sessionKey(fp: string) {
    return `${this.prefix}session:${fp}`;
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

  /** The record filed under this fingerprint, whatever its full key. */
  private readByFingerprint(fp: string): Promise<StoredRecord | null> {
    return this.link.run(async (client) => fromValues(await client.hmget(this.sessionKey(fp), ...RECORD_FIELDS)));
  }

  /** The record with this key: the fingerprint finds it, the full key must match. */
  private async read(key: string): Promise<StoredRecord | null> {
    const stored = await this.readByFingerprint(fingerprintOfKey(key));
    return stored?.record.key === key ? stored : null;
  }

  async get(key: string) {
    return (await this.read(key))?.record ?? null;
  }

  async getByFingerprint(fingerprint: string) {
    return (await this.readByFingerprint(fingerprint))?.record ?? null;
  }

  async getAndTouch(key: string, now: number, minIntervalMs: number) {
    const fp = fingerprintOfKey(key);
    const values = await this.link.script(
      getAndTouchScript,
      [this.sessionKey(fp), this.expiriesKey],
      [fp, now, minIntervalMs, key, ...RECORD_FIELDS],
    );
    return Array.isArray(values) ? (fromValues(values as (string | null)[])?.record ?? null) : null;
  }

  async create(record: SessionRecord) {
    const userId = userIdOf(record) ?? '';
    const deadline = deadlineOf(record);
    const fp = fingerprintOfKey(record.key);
    const created = await this.link.script(
      createScript,
      [this.sessionKey(fp), this.expiriesKey, this.ownersKey, this.userKey(userId)],
      [fp, deadline, userId, ...toFields(record), 'version', '0'],
    );
    if (created !== 1) throw new Error('A session with this key already exists.');
  }

  async destroy(key: string) {
    const fp = fingerprintOfKey(key);
    return (await this.withOwner(fp, (owner) => this.link.script(destroyScript, this.indexKeys(fp, owner), [fp, owner, key]))) === 1;
  }

  async touch(key: string, lastAccessedAt: number) {
    const fp = fingerprintOfKey(key);
    const touched = await this.link.script(touchScript, [this.sessionKey(fp), this.expiriesKey], [fp, lastAccessedAt, key]);
    return touched === 1;
  }

  async update(key: string, change: (current: SessionRecord) => SessionRecord | null) {
    const fp = fingerprintOfKey(key);
    return this.compareAndSet(key, key, change, (stored, next) =>
      this.link.script(
        compareAndSetScript,
        [this.sessionKey(fp), this.expiriesKey, this.ownersKey, this.userKey(stored.userId), this.userKey(userIdOf(next) ?? '')],
        [fp, stored.version, deadlineOf(next), stored.userId, userIdOf(next) ?? '', ...toFields(next)],
      ),
    );
  }

  async rename(oldKey: string, newKey: string, change: (current: SessionRecord) => SessionRecord = (current) => current) {
    const [oldFp, newFp] = [fingerprintOfKey(oldKey), fingerprintOfKey(newKey)];
    return this.compareAndSet(oldKey, newKey, change, (stored, next) =>
      this.link.script(
        renameScript,
        [
          this.sessionKey(oldFp),
          this.sessionKey(newFp),
          this.expiriesKey,
          this.ownersKey,
          this.userKey(stored.userId),
          this.userKey(userIdOf(next) ?? ''),
        ],
        [oldFp, newFp, stored.version, deadlineOf(next), stored.userId, userIdOf(next) ?? '', ...toFields(next)],
      ),
    );
  }

  /**
   * Optimistic read-modify-write: read the record and its version, compute the
   * next record (filed under `nextKey`), and let `write` store it only if the version is unchanged;
   * retried until it wins, so parallel writers in any number of processes lose nothing.
   */
  private async compareAndSet(
    key: string,
    nextKey: string,
    change: (current: SessionRecord) => SessionRecord | null,
    write: (stored: StoredRecord, next: SessionRecord) => Promise<unknown>,
  ): Promise<SessionRecord | null> {
    for (let attempt = 1; attempt <= MAX_UPDATE_ATTEMPTS; attempt++) {
      const stored = await this.read(key);
      if (!stored) return null;
      const changed = change(stored.record);
      if (!changed) return stored.record;
      const next = { ...changed, key: nextKey };
      const result = await write(stored, next);
      if (result === 1) return next;
      if (result === -1) return null;
      // Someone wrote first. Past a few rounds, spread the retries out a little.
      if (attempt > 3) await sleep(Math.random() * Math.min(attempt, 20));
    }
    throw new StoreUnavailableError(`Redis session store: session too busy, ${MAX_UPDATE_ATTEMPTS} conflicting writes in a row.`);
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
      results.forEach((result) => {
        if (Array.isArray(result)) {
          const stored = fromPairs(result as string[]);
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
    const stored = await Promise.all(ids.map((id) => this.readByFingerprint(id)));
    const missing = ids.flatMap((id, index) => (stored[index] ? [] : [[id, ownerOf(id, index)] as const]));
    const results = await Promise.all(missing.map(([id, owner]) => this.link.script(pruneScript, this.indexKeys(id, owner), [id, owner])));
    return {
      records: stored.flatMap((entry) => (entry ? [entry.record] : [])),
      pruned: results.filter((result) => result === 1).length,
    };
  }
}
