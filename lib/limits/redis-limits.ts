import { randomUUID } from 'node:crypto';
import { LuaScript, type RedisLink } from '../session/redis-connection';
import type { LimitStore, TakeResult, WindowRule } from './limit-store';

/*
 * Each window is a sorted set (member: the hit's token, score: its time) that
 * Redis expires with its window. Each check-and-count is one script, so it is
 * atomic however many instances call it.
 *
 * Redis Cluster: a script may only touch keys of one hash slot. take() checks
 * several windows at once (username and address), so every limit key carries
 * the same hash tag, `{limits}`: they all live on one node, and the scripts run
 * unchanged on a cluster. (The limits are a few small keys; one node holds
 * them easily.)
 */

/** The windows' loop both scripts share: KEYS are the windows, ARGV[1] is now, then a limit and a windowMs per key from ARGV[3]. */
const EACH_WINDOW = `
local now = tonumber(ARGV[1])
local wait = 0
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[1 + i * 2])
  local window = tonumber(ARGV[2 + i * 2])`;

/** KEYS: the windows. ARGV: now, token, then limit and windowMs per key. Returns 0 (counted) or the wait in ms. */
const TAKE = new LuaScript(`${EACH_WINDOW}
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local count = redis.call('ZCARD', key)
  if count >= limit then
    local oldest = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
    wait = math.max(wait, tonumber(oldest[2]) + window - now, 1)
  end
end
if wait > 0 then return wait end
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[2])
  redis.call('PEXPIRE', key, tonumber(ARGV[2 + i * 2]))
end
return 0
`);

/** Like TAKE, counting nothing. */
const WAIT = new LuaScript(`${EACH_WINDOW}
  local live = redis.call('ZRANGEBYSCORE', key, '(' .. (now - window), '+inf', 'WITHSCORES')
  local count = #live / 2
  if count >= limit then
    wait = math.max(wait, tonumber(live[(count - limit) * 2 + 2]) + window - now, 1)
  end
end
return wait
`);

/** KEYS[1]: the pool. ARGV: now, max, leaseMs, token. Returns 1 when the slot was taken. */
const ACQUIRE = new LuaScript(`
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[4])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
return 1
`);

export class RedisLimitStore implements LimitStore {
  readonly kind = 'redis';
  /**
   * `link`: the session store's connection (a server or a cluster: every
   * limit key carries the {limits} hash tag, so a script's keys share a slot).
   * One connection means one outage rule: while Redis is down, a new session
   * and a login both get a 503; once the store answers again, so do limits.
   */
  constructor(
    private readonly link: RedisLink,
    private readonly prefix = 'session-lab:',
  ) {}

  private key(name: string): string {
    return `${this.prefix}{limits}:${name}`;
  }

  private args(rules: WindowRule[], now: number, token: string) {
    return [now, token, ...rules.flatMap((rule) => [rule.limit, rule.windowMs])];
  }

  async take(rules: WindowRule[], now: number): Promise<TakeResult> {
    const token = randomUUID();
    const keys = rules.map((rule) => this.key(rule.key));
    const wait = Number(await this.link.script(TAKE, keys, this.args(rules, now, token)));
    return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true, token };
  }

  async wait(rules: WindowRule[], now: number): Promise<number> {
    const keys = rules.map((rule) => this.key(rule.key));
    return Number(await this.link.script(WAIT, keys, this.args(rules, now, '')));
  }

  async refund(key: string, token: string): Promise<void> {
    await this.link.run((client) => client.zrem(this.key(key), token));
  }

  async reset(key: string): Promise<void> {
    await this.link.run((client) => client.del(this.key(key)));
  }

  async acquire(pool: string, max: number, leaseMs: number, now: number): Promise<string | null> {
    const token = randomUUID();
    const taken = await this.link.script(ACQUIRE, [this.key(`pool:${pool}`)], [now, max, leaseMs, token]);
    return Number(taken) === 1 ? token : null;
  }

  async release(pool: string, token: string): Promise<void> {
    await this.link.run((client) => client.zrem(this.key(`pool:${pool}`), token));
  }

  async close(): Promise<void> {
    // The connection belongs to the session store, which closes it.
  }
}
