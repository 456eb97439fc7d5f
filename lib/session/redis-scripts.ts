import { LuaScript } from './redis-connection';
import { RECORD_FIELDS } from './redis-record';

/*
 * Every write to a session is one Lua script: Redis runs a script alone,
 * start to end, so the record, its TTL and its bucket's indexes always change
 * together, even with many app instances writing at once.
 *
 * Keys, for the prefix `session-lab:` (b = the session's bucket, 0-15, from its fingerprint):
 *   session-lab:session:{s<b>}:<fp>  hash: the record (fields in RECORD_FIELDS), with a TTL at its deadline
 *   session-lab:expiries:{s<b>}      sorted set: fp -> deadline (ms); for sweep, count and listAll
 *   session-lab:meta:{s<b>}          hash: fp -> "<absoluteExpiresAt>:<userId>", what the sweeper needs
 *                                    once Redis has expired the record itself (the reason, the owner)
 *   session-lab:user:<userId>        sorted set: that user's sessions' fps -> when they were added ("my sessions")
 *
 * <fp> is the session's fingerprint: the first 64 bits of its key, the SHA-256
 * of the session ID (the ID itself never reaches Redis). Filing the record
 * under the fingerprint finds it in one lookup from a list's or a URL's
 * fingerprint; the full key is kept in the record's `key` field, and every
 * script that is given a key checks it, so only the whole hash opens a record.
 * In the scripts below, "id" is that fingerprint.
 *
 * The `{s<b>}` part is a hash tag: Redis Cluster places a key by the tag
 * alone, so a session and its bucket's indexes share one slot and one script
 * may touch them all. A user's set lives in the user's own slot, which no
 * script can reach together with a session's; see redis-store.ts for the
 * order of writes that keeps it right without one.
 *
 * Every key a script touches is passed in KEYS (none is built inside), as
 * Redis (and a cluster) asks.
 */

/**
 * Files a record just written: its TTL at its deadline, its entries in its
 * bucket's expiry and meta indexes. KEYS: session, expiries, meta; ARGV[1] = id.
 */
const FILE = `
local function file(deadline, absolute, userId)
  redis.call('PEXPIREAT', KEYS[1], deadline)
  redis.call('ZADD', KEYS[2], deadline, ARGV[1])
  redis.call('HSET', KEYS[3], ARGV[1], absolute .. ':' .. userId)
end
`;

/** KEYS: session, expiries, meta. ARGV: id, deadline, absoluteExpiresAt, userId ('' = none), field, value, ... */
export const createScript = new LuaScript(`${FILE}
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 5))
file(ARGV[2], ARGV[3], ARGV[4])
return 1
`);

/** Moves the deadline to min(now + idle timeout, absolute deadline). KEYS[1..2] = session, expiries; ARGV[1] = id. */
const TOUCH = `
local function touch(now, idle, absolute)
  local deadline = string.format('%.0f', math.min(now + idle * 1000, absolute))
  redis.call('HSET', KEYS[1], 'lastAccessedAt', string.format('%.0f', now))
  redis.call('HINCRBY', KEYS[1], 'version', 1)
  redis.call('PEXPIREAT', KEYS[1], deadline)
  redis.call('ZADD', KEYS[2], deadline, ARGV[1])
end
`;

/** KEYS: session, expiries. ARGV: id, now, key. Returns 1, or 0 if there is no record with this key. */
export const touchScript = new LuaScript(`${TOUCH}
local f = redis.call('HMGET', KEYS[1], 'key', 'maxInactiveInterval', 'absoluteExpiresAt')
if f[1] ~= ARGV[3] then return 0 end
touch(tonumber(ARGV[2]), tonumber(f[2]), tonumber(f[3]))
return 1
`);

/** Lua's list of RECORD_FIELDS, and a field's place in it: the scripts name the fields themselves, so no call sends them. */
const FIELDS = `{${RECORD_FIELDS.map((field) => `'${field}'`).join(', ')}}`;
const at = (field: (typeof RECORD_FIELDS)[number]) => RECORD_FIELDS.indexOf(field) + 1;

/**
 * A request's read: the record, touched first if its last activity is at
 * least `minInterval` ms old and its deadline still ahead (a dead record is
 * returned untouched, for the caller to end). One round trip per request,
 * and one HMGET unless it touches.
 * KEYS: session, expiries. ARGV: id, now, minInterval, key.
 * Returns the values of RECORD_FIELDS (HMGET), or nil if there is no record with this key.
 */
export const getAndTouchScript = new LuaScript(`${TOUCH}
local fields = ${FIELDS}
local f = redis.call('HMGET', KEYS[1], unpack(fields))
if f[${at('key')}] ~= ARGV[4] then return false end
local now, last = tonumber(ARGV[2]), tonumber(f[${at('lastAccessedAt')}])
local idle, absolute = tonumber(f[${at('maxInactiveInterval')}]), tonumber(f[${at('absoluteExpiresAt')}])
if now - last >= tonumber(ARGV[3]) and math.min(last + idle * 1000, absolute) > now then
  touch(now, idle, absolute)
  f = redis.call('HMGET', KEYS[1], unpack(fields))
end
return f
`);

/**
 * Compare-and-set: writes only if nobody wrote since the caller read `version`.
 * KEYS: session, expiries, meta. ARGV: id, version, deadline, absoluteExpiresAt, userId, field, value, ...
 * Returns 1 (written), 0 (changed meanwhile: read again), -1 (gone).
 */
export const compareAndSetScript = new LuaScript(`${FILE}
local version = redis.call('HGET', KEYS[1], 'version')
if not version then return -1 end
if version ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 6))
redis.call('HINCRBY', KEYS[1], 'version', 1)
file(ARGV[3], ARGV[4], ARGV[5])
return 1
`);

/**
 * KEYS: session, expiries, meta. ARGV: id, key.
 * Deletes the record and its bucket's index entries; returns {1 or 0 (did the record exist), owner}.
 * A record filed under the same fingerprint with another key is left alone.
 */
export const destroyScript = new LuaScript(`
local stored = redis.call('HGET', KEYS[1], 'key')
if stored and stored ~= ARGV[2] then return {0, ':'} end
local existed = redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
local meta = redis.call('HGET', KEYS[3], ARGV[1]) or ':'
redis.call('HDEL', KEYS[3], ARGV[1])
return {existed, meta}
`);

/**
 * The first half of a rename (the key's bucket, and so its slot, changes with
 * the key): takes the record out under its old fingerprint, if nobody wrote
 * since the caller read `version`. KEYS: session, expiries, meta. ARGV: id, version.
 * Returns 1 (taken), 0 (changed meanwhile: read again) or -1 (gone).
 */
export const takeScript = new LuaScript(`
local version = redis.call('HGET', KEYS[1], 'version')
if not version then return -1 end
if version ~= ARGV[2] then return 0 end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[3], ARGV[1])
return 1
`);

/**
 * The second half: places the taken record, as changed, under its new fingerprint.
 * KEYS: session, expiries, meta. ARGV: id, deadline, absoluteExpiresAt, userId, field, value, ...
 */
export const placeScript = new LuaScript(`${FILE}
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.error_reply('ERR session id taken') end
redis.call('HSET', KEYS[1], unpack(ARGV, 5))
file(ARGV[2], ARGV[3], ARGV[4])
return 1
`);

/**
 * The sweep of one expiry-index entry, and the claim that makes `expired`
 * happen once: ZREM answers 1 to exactly one caller, whichever instance's
 * sweeper (or load()) came first. KEYS: session, expiries, meta. ARGV: id, now.
 * Returns 0 (claimed by someone else, or alive after all: its entry is
 * corrected), {'dead', field, value, ...} (deleted now) or
 * {'gone', deadline, meta} (Redis had already expired the record by its TTL).
 */
export const sweepOneScript = new LuaScript(`
local score = redis.call('ZSCORE', KEYS[2], ARGV[1])
if not score then return 0 end
redis.call('ZREM', KEYS[2], ARGV[1])
local f = redis.call('HMGET', KEYS[1], 'lastAccessedAt', 'maxInactiveInterval', 'absoluteExpiresAt')
if f[1] then
  local deadline = math.min(tonumber(f[1]) + tonumber(f[2]) * 1000, tonumber(f[3]))
  if deadline > tonumber(ARGV[2]) then
    redis.call('ZADD', KEYS[2], string.format('%.0f', deadline), ARGV[1])
    return 0
  end
end
local meta = redis.call('HGET', KEYS[3], ARGV[1]) or ':'
redis.call('HDEL', KEYS[3], ARGV[1])
if not f[1] then return {'gone', score, meta} end
local record = redis.call('HGETALL', KEYS[1])
redis.call('DEL', KEYS[1])
table.insert(record, 1, 'dead')
return record
`);

/**
 * A user's set lives in the user's slot. KEYS: user. ARGV: id, now, absoluteExpiresAt.
 * The set expires with the last session it may list (absolute deadlines never move).
 */
export const userAddScript = new LuaScript(`
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
if redis.call('PEXPIRETIME', KEYS[1]) < tonumber(ARGV[3]) then redis.call('PEXPIREAT', KEYS[1], ARGV[3]) end
return 1
`);
