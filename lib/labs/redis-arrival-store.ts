import { LuaScript, type RedisLink } from '../session/redis-connection';
import {
  ARRIVAL_LIMITS,
  decodeArrival,
  encodeArrival,
  kindSchema,
  runSchema,
  type ArrivalLimits,
  type ArrivalStore,
} from './arrival-store';
import { REQUEST_KINDS, type Arrival, type RequestKind } from './cross-site';

/*
 * Two keys, both tagged `{arrivals}` so every script below touches one slot
 * of a cluster: a sorted set of runs (member: run, score: when it opened) and
 * a hash of arrivals (field: `run|kind`). Each script is one atomic step, so a
 * run dropped for age or room can never take an arrival after it.
 */

/** KEYS: runs, arrivals. ARGV: run, now, ttlMs, maxRuns, then every kind. */
const OPEN = new LuaScript(`
local now, ttl, max = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local function forget(run)
  for i = 5, #ARGV do redis.call('HDEL', KEYS[2], run .. '|' .. ARGV[i]) end
  redis.call('ZREM', KEYS[1], run)
end
for _, run in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now - ttl)) do forget(run) end
forget(ARGV[1])
redis.call('ZADD', KEYS[1], now, ARGV[1])
local extra = redis.call('ZCARD', KEYS[1]) - max
if extra > 0 then
  for _, run in ipairs(redis.call('ZRANGE', KEYS[1], 0, extra - 1)) do forget(run) end
end
return 1
`);

/** KEYS: runs, arrivals. ARGV: run, kind, arrival, now, ttlMs. Returns 1 when kept. */
const RECORD = new LuaScript(`
local created = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not created or tonumber(created) <= tonumber(ARGV[4]) - tonumber(ARGV[5]) then return 0 end
redis.call('HSET', KEYS[2], ARGV[1] .. '|' .. ARGV[2], ARGV[3])
return 1
`);

/** KEYS: runs, arrivals. ARGV: run, now, ttlMs, then every kind. Returns false for no live run, else the arrivals in kind order. */
const READ = new LuaScript(`
local created = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not created or tonumber(created) <= tonumber(ARGV[2]) - tonumber(ARGV[3]) then return false end
local fields = {}
for i = 4, #ARGV do fields[#fields + 1] = ARGV[1] .. '|' .. ARGV[i] end
return redis.call('HMGET', KEYS[2], unpack(fields))
`);

export class RedisArrivalStore implements ArrivalStore {
  readonly kind = 'redis';
  private readonly keys: string[];
  private readonly limits: ArrivalLimits;

  /** `link`: the session store's connection. */
  constructor(
    private readonly link: RedisLink,
    options: { prefix?: string; limits?: ArrivalLimits } = {},
  ) {
    this.limits = options.limits ?? ARRIVAL_LIMITS;
    const prefix = options.prefix ?? 'session-lab:';
    this.keys = [`${prefix}{arrivals}:runs`, `${prefix}{arrivals}:log`];
  }

  async open(run: string, now: number): Promise<void> {
    runSchema.parse(run);
    await this.link.script(OPEN, this.keys, [run, now, this.limits.ttlMs, this.limits.maxRuns, ...REQUEST_KINDS]);
  }

  async record(run: string, kind: RequestKind, arrival: Arrival, now: number): Promise<boolean> {
    if (!runSchema.safeParse(run).success || !kindSchema.safeParse(kind).success) return false;
    const kept = await this.link.script(RECORD, this.keys, [run, kind, encodeArrival(arrival), now, this.limits.ttlMs]);
    return Number(kept) === 1;
  }

  async arrivals(run: string, now: number): Promise<Partial<Record<RequestKind, Arrival>>> {
    if (!runSchema.safeParse(run).success) return {};
    const values = await this.link.script(READ, this.keys, [run, now, this.limits.ttlMs, ...REQUEST_KINDS]);
    const found: Partial<Record<RequestKind, Arrival>> = {};
    if (!Array.isArray(values)) return found;
    REQUEST_KINDS.forEach((kind, i) => {
      const arrival = decodeArrival(values[i]);
      if (arrival) found[kind] = arrival;
    });
    return found;
  }

  async close(): Promise<void> {
    // The connection belongs to the session store, which closes it.
  }
}
