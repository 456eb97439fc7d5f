import { setTimeout as sleep } from 'node:timers/promises';
import { createRedisClient, RedisLink, type RedisClient, type RedisConnectionOptions } from './redis-connection';
import type { RedisTarget } from './redis-target';
import { deadlineOf, fromPairs, fromValues, RECORD_FIELDS, toFields, type StoredRecord } from './redis-record';
import {
  compareAndSetScript,
  createScript,
  destroyScript,
  getAndTouchScript,
  placeScript,
  sweepOneScript,
  takeScript,
  touchScript,
  userAddScript,
} from './redis-scripts';
import { ALL_BUCKETS, parseMeta, RedisKeys } from './redis-keys';
import { fingerprintOfKey } from './session-id';
import type { SessionStore, SweptSession } from './store';
import { StoreUnavailableError } from './store';
import { userIdOf, type SessionRecord } from './types';

export interface RedisStoreOptions extends RedisConnectionOptions {
  /** Prefix of every key, so several apps (or tests) can share one Redis. */
  prefix?: string;
}

/** Optimistic writers retry; past this many conflicts the store is too busy and says so (503). */
const MAX_UPDATE_ATTEMPTS = 500;
/** Index entries read per bucket and round. */
const PAGE = 200;
/**
 * A user's set may list an ID whose record does not name the user yet (a
 * login between its two writes): such an entry is only pruned once it is
 * older than any write can take (the command timeout is 1 s).
 */
const PRUNE_AFTER_MS = 10_000;

/**
 * Sessions in Redis (one server or a Redis Cluster), for several app
 * instances behind one balancer.
 *
 * Each session is a hash whose TTL is its deadline (min of idle and absolute),
 * so Redis deletes dead sessions by itself; the absolute deadline is also kept
 * in the record. Writes are Lua scripts (see redis-scripts.ts); update() is a
 * compare-and-set on a version field, retried until it wins, so parallel
 * writers in any number of processes lose nothing.
 *
 * A user's set ("my sessions") is in the user's slot, apart from the
 * session's, so it cannot change in the same script. The order of writes
 * keeps one rule instead: every record that names a user is in that user's
 * set (the set may hold more). An entry is added before the record names the
 * user, and removed only after the record stopped naming them (logout,
 * destroy, sweep). A crash between the two writes leaves at worst a stale
 * entry, which listByUser drops when it reads the record.
 */
export class RedisSessionStore implements SessionStore {
  readonly kind = 'redis';
  readonly link: RedisLink;
  private readonly keys: RedisKeys;

  constructor(target: RedisTarget, options: RedisStoreOptions = {}) {
    this.keys = new RedisKeys(options.prefix ?? 'session-lab:');
    this.link = new RedisLink(createRedisClient(target, options), 'Redis session store', options);
  }

  /** A record's Redis key (for tests). */
  sessionKey(fp: string) {
    return this.keys.session(fp);
  }
  /** A user's set of fingerprints (for tests). */
  userKey(userId: string) {
    return this.keys.user(userId);
  }

  /** The record filed under this fingerprint, whatever its full key. */
  private readByFingerprint(fp: string): Promise<StoredRecord | null> {
    return this.link.run(async (client) => fromValues(await client.hmget(this.keys.session(fp), ...RECORD_FIELDS)));
  }

  /** The record with this key: the fingerprint finds it, the whole key must match. */
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
    const values = await this.link.script(getAndTouchScript, this.keys.ofSession(fp).slice(0, 2), [fp, now, minIntervalMs, key]);
    return Array.isArray(values) ? (fromValues(values as (string | null)[])?.record ?? null) : null;
  }

  async create(record: SessionRecord) {
    const userId = userIdOf(record) ?? '';
    const fp = fingerprintOfKey(record.key);
    // The user's set first (see the class comment).
    if (userId) await this.addToUser(userId, fp, record.absoluteExpiresAt);
    const created = await this.link.script(createScript, this.keys.ofSession(fp), [
      fp,
      deadlineOf(record),
      record.absoluteExpiresAt,
      userId,
      ...toFields(record),
      'version',
      '0',
    ]);
    if (created !== 1) throw new Error('A session with this key already exists.');
  }

  async destroy(key: string) {
    const fp = fingerprintOfKey(key);
    const [existed, meta] = (await this.link.script(destroyScript, this.keys.ofSession(fp), [fp, key])) as [number, string];
    await this.removeFromUser(parseMeta(meta).userId, fp);
    return existed === 1;
  }

  async touch(key: string, lastAccessedAt: number) {
    const fp = fingerprintOfKey(key);
    const touched = await this.link.script(touchScript, this.keys.ofSession(fp).slice(0, 2), [fp, lastAccessedAt, key]);
    return touched === 1;
  }

  async update(key: string, change: (current: SessionRecord) => SessionRecord | null) {
    const fp = fingerprintOfKey(key);
    return this.compareAndSet(key, key, change, (stored, next, newUserId) =>
      this.link.script(compareAndSetScript, this.keys.ofSession(fp), [
        fp,
        stored.version,
        deadlineOf(next),
        next.absoluteExpiresAt,
        newUserId,
        ...toFields(next),
      ]),
    );
  }

  /**
   * The new key hashes to another bucket, usually on another cluster node, so
   * a rename is two scripts: take the record out under the old key (if nobody
   * wrote since it was read), then place it, as changed, under the new one.
   * The old key stops working first; a crash (or an outage of the new key's
   * node) in between loses the session, and the user signs in again, which is
   * safe, where the other order would leave the old ID working (what
   * regeneration exists to prevent).
   */
  async rename(oldKey: string, newKey: string, change: (current: SessionRecord) => SessionRecord = (current) => current) {
    if (await this.read(newKey)) throw new Error('A session with this key already exists.');
    const [oldFp, newFp] = [fingerprintOfKey(oldKey), fingerprintOfKey(newKey)];
    return this.compareAndSet(oldKey, newKey, change, async (stored, next, newUserId) => {
      const taken = await this.link.script(takeScript, this.keys.ofSession(oldFp), [oldFp, stored.version]);
      if (taken !== 1) return taken;
      const version = String(Number(stored.version) + 1);
      await this.link.script(placeScript, this.keys.ofSession(newFp), [
        newFp,
        deadlineOf(next),
        next.absoluteExpiresAt,
        newUserId,
        ...toFields(next),
        'version',
        version,
      ]);
      // The old fingerprint leaves the user's set after the record left it.
      await this.removeFromUser(stored.userId, oldFp);
      return 1;
    });
  }

  /**
   * Optimistic read-modify-write: reads the record and its version, computes
   * the next one (filed under `nextKey`), adds it to its user's set first
   * (see the class comment), and lets `write` store it only if the version is
   * unchanged (1 written, 0 changed meanwhile, -1 gone); retried until it
   * wins, so parallel writers in any number of processes lose nothing.
   */
  private async compareAndSet(
    key: string,
    nextKey: string,
    change: (current: SessionRecord) => SessionRecord | null,
    write: (stored: StoredRecord, next: SessionRecord, newUserId: string) => Promise<unknown>,
  ): Promise<SessionRecord | null> {
    const fp = fingerprintOfKey(nextKey);
    for (let attempt = 1; attempt <= MAX_UPDATE_ATTEMPTS; attempt++) {
      const stored = await this.read(key);
      if (!stored) return null;
      const changed = change(stored.record);
      if (!changed) return stored.record;
      const next = { ...changed, key: nextKey };
      const newUserId = userIdOf(next) ?? '';
      if (newUserId && (newUserId !== stored.userId || nextKey !== key)) await this.addToUser(newUserId, fp, next.absoluteExpiresAt);
      const result = await write(stored, next, newUserId);
      if (result === 1) {
        if (nextKey === key && stored.userId !== newUserId) await this.removeFromUser(stored.userId, fp);
        return next;
      }
      if (result === -1) return null;
      // Someone wrote first. Past a few rounds, spread the retries out a little.
      if (attempt > 3) await sleep(Math.random() * Math.min(attempt, 20));
    }
    throw new StoreUnavailableError(`Redis session store: session too busy, ${MAX_UPDATE_ATTEMPTS} conflicting writes in a row.`);
  }

  /** The user's set, read back record by record; entries whose record no longer names the user are removed. */
  async listByUser(userId: string) {
    const key = this.keys.user(userId);
    const entries = await this.link.run((client) => client.zrange(key, '0', '-1', 'WITHSCORES'));
    const ids = entries.filter((_, index) => index % 2 === 0);
    const stored = await Promise.all(ids.map((id) => this.readByFingerprint(id)));
    const staleBefore = Date.now() - PRUNE_AFTER_MS;
    const stale = ids.filter((id, index) => stored[index]?.userId !== userId && Number(entries[index * 2 + 1]) < staleBefore);
    if (stale.length) await this.link.run((client) => client.zrem(key, ...stale));
    return stored.flatMap((entry) => (entry && entry.userId === userId ? [entry.record] : [])).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Latest deadline first (the most recently active), from the buckets' expiry indexes; no keyspace scan. */
  async listAll(limit: number) {
    const perBucket = await Promise.all(
      ALL_BUCKETS.map((bucket) =>
        this.link.run((client) =>
          client.zrevrangebyscore(this.keys.expiries(bucket), '+inf', '-inf', 'WITHSCORES', 'LIMIT', '0', String(limit)),
        ),
      ),
    );
    const entries = perBucket
      .flatMap((flat) => flat.flatMap((value, index) => (index % 2 === 0 ? [{ id: value, deadline: Number(flat[index + 1]) }] : [])))
      .sort((a, b) => b.deadline - a.deadline);
    // Entries of records Redis already expired are skipped here; the sweeper removes them (and says `expired`).
    const records: SessionRecord[] = [];
    for (let start = 0; start < entries.length && records.length < limit; start += PAGE) {
      const page = await Promise.all(entries.slice(start, start + PAGE).map((entry) => this.readByFingerprint(entry.id)));
      records.push(...page.flatMap((entry) => (entry ? [entry.record] : [])));
    }
    return records.slice(0, limit).sort((a, b) => b.lastAccessedAt - a.lastAccessedAt);
  }

  /**
   * Deletes and returns sessions whose deadline is before `now`, including
   * those Redis already deleted by their TTL (still in the expiry index, so
   * their `expired` event is not lost). Each entry is claimed by a ZREM inside
   * its script, so with several instances sweeping at once each session is
   * returned by exactly one of them.
   *
   * Why a sweep of the index rather than keyspace notifications (`__keyevent@0__:expired`):
   * a notification is fire-and-forget pub/sub (an instance that is restarting
   * at that moment misses it for good, and every instance listening gets it,
   * so they would still need a claim), it carries only the key name (the
   * record, its reason and its owner are gone), it needs CONFIG SET
   * notify-keyspace-events (often refused by managed Redis), and on a cluster
   * each master sends only its own. The index outlives the record, every
   * instance sweeps it on its timer with no leader to elect, and ZREM picks
   * one winner. The cost: `expired` comes up to one sweep interval late.
   */
  async sweep(now: number, limit: number) {
    const swept: SweptSession[] = [];
    for (const bucket of ALL_BUCKETS) {
      for (;;) {
        const ids = await this.link.run((client) =>
          client.zrangebyscore(this.keys.expiries(bucket), '-inf', now, 'LIMIT', 0, Math.min(PAGE, limit - swept.length)),
        );
        if (ids.length === 0) break;
        const results = await Promise.all(ids.map((id) => this.link.script(sweepOneScript, this.keys.ofSession(id), [id, now])));
        const owners: [string, string][] = [];
        results.forEach((result, index) => {
          const found = this.toSwept(ids[index]!, result, now);
          if (!found) return;
          swept.push(found.swept);
          owners.push([found.userId, found.swept.fingerprint]);
        });
        await Promise.all(owners.map(([userId, id]) => this.removeFromUser(userId, id)));
        if (swept.length >= limit) return swept;
        if (results.every((result) => !Array.isArray(result))) break;
      }
    }
    return swept;
  }

  async claimExpired(key: string, now: number) {
    const fp = fingerprintOfKey(key);
    const found = this.toSwept(fp, await this.link.script(sweepOneScript, this.keys.ofSession(fp), [fp, now]), now);
    if (!found) return null;
    await this.removeFromUser(found.userId, fp);
    return found.swept;
  }

  /** sweepOneScript's answer: the session this caller claimed (and its owner, to clean their set), or null. */
  private toSwept(fp: string, result: unknown, now: number): { swept: SweptSession; userId: string } | null {
    if (!Array.isArray(result)) return null;
    const [kind, ...rest] = result as string[];
    if (kind === 'gone') {
      const { absoluteExpiresAt, userId } = parseMeta(rest[1]!);
      return { swept: { fingerprint: fp, reason: Number(rest[0]) >= absoluteExpiresAt ? 'absolute' : 'idle' }, userId };
    }
    const stored = fromPairs(rest);
    if (!stored) return null;
    return { swept: { fingerprint: fp, reason: now >= stored.record.absoluteExpiresAt ? 'absolute' : 'idle' }, userId: stored.userId };
  }

  /** Sessions in the expiry indexes: like SQLite's row count, it includes dead ones the sweeper has not cleaned yet. */
  async count() {
    const counts = await Promise.all(ALL_BUCKETS.map((bucket) => this.link.run((client) => client.zcard(this.keys.expiries(bucket)))));
    return counts.reduce((sum, n) => sum + n, 0);
  }

  async ping() {
    await this.link.run(async (client) => {
      if (this.link.isCluster) {
        // A cluster answers PING on any node; ask for what the store needs: every slot served.
        const info = String(await (client as import('ioredis').Cluster).cluster('INFO'));
        if (!/cluster_state:ok/.test(info)) throw new StoreUnavailableError('Redis Cluster: cluster_state is not ok.');
      } else await client.ping();
    });
  }

  /** Which Redis node (host:port) holds this session's record. */
  nodeOf(key: string): Promise<string> {
    return this.link.nodeOf(this.keys.session(fingerprintOfKey(key)));
  }

  close() {
    return this.link.close();
  }

  /** The Redis connection, for tests. */
  get client(): RedisClient {
    return this.link.client;
  }

  private async addToUser(userId: string, id: string, absoluteExpiresAt: number) {
    await this.link.script(userAddScript, [this.keys.user(userId)], [id, Date.now(), absoluteExpiresAt]);
  }

  private async removeFromUser(userId: string, id: string) {
    if (userId) await this.link.run((client) => client.zrem(this.keys.user(userId), id));
  }
}
