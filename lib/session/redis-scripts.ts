import { LuaScript } from './redis-connection';

/*
 * Every write is one Lua script: Redis runs a script alone, start to end, so
 * the record, its TTL, the expiry index and the per-user index always change
 * together, even with many app instances writing at once.
 *
 * Keys, for the prefix `session-lab:`:
 *   session-lab:session:<fp>   hash: the record (fields in RECORD_FIELDS), with a TTL at its deadline
 *   session-lab:expiries       sorted set: fp -> deadline (ms); for sweep, count and listAll
 *   session-lab:owners         hash: fp -> userId, for signed-in sessions; finds the user's set
 *                              even after Redis expired the record itself
 *   session-lab:user:<userId>  set of that user's sessions' fps ("my sessions")
 *
 * <fp> is the session's fingerprint: the first 64 bits of its key, the SHA-256
 * of the session ID (the ID itself is never sent to Redis). Filing the record
 * under the fingerprint finds it in one lookup from a list's or a URL's
 * fingerprint; the full key is kept in the record's `key` field and every
 * script that takes a key checks it, so only the whole hash opens a record.
 * In the scripts below, "id" is that fingerprint.
 *
 * Every key a script touches is passed in KEYS (none is built inside), as
 * Redis asks. A script that depends on the owner gets the owner the caller
 * read, checks it is still current, and answers RETRY when it is not.
 */

export const RETRY = 'retry';

/** KEYS: session, expiries, owners, userKey. ARGV: id, deadline, userId ('' = none), field, value, ... */
export const createScript = new LuaScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 4))
redis.call('PEXPIREAT', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
if ARGV[3] ~= '' then
  redis.call('SADD', KEYS[4], ARGV[1])
  redis.call('HSET', KEYS[3], ARGV[1], ARGV[3])
end
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

/**
 * A request's read: the record, touched first if its last activity is at
 * least `minInterval` ms old and its deadline still ahead (a dead record is
 * returned untouched, for the caller to end). One round trip per request.
 * KEYS: session, expiries. ARGV: id, now, minInterval, key, field, field, ...
 * Returns the fields' values (HMGET), or nil if there is no record with this key.
 */
export const getAndTouchScript = new LuaScript(`${TOUCH}
local f = redis.call('HMGET', KEYS[1], 'key', 'lastAccessedAt', 'maxInactiveInterval', 'absoluteExpiresAt')
if f[1] ~= ARGV[4] then return false end
local now, last, idle, absolute = tonumber(ARGV[2]), tonumber(f[2]), tonumber(f[3]), tonumber(f[4])
if now - last >= tonumber(ARGV[3]) and math.min(last + idle * 1000, absolute) > now then touch(now, idle, absolute) end
return redis.call('HMGET', KEYS[1], unpack(ARGV, 5))
`);

/**
 * Compare-and-set: writes only if nobody wrote since the caller read `version`.
 * KEYS: session, expiries, owners, oldUserKey, newUserKey.
 * ARGV: id, version, deadline, oldUserId, newUserId, field, value, ...
 * Returns 1 (written), 0 (changed meanwhile: read again), -1 (gone).
 */
export const compareAndSetScript = new LuaScript(`
local version = redis.call('HGET', KEYS[1], 'version')
if not version then return -1 end
if version ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 6))
redis.call('HINCRBY', KEYS[1], 'version', 1)
redis.call('PEXPIREAT', KEYS[1], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
if ARGV[4] ~= ARGV[5] then
  if ARGV[4] ~= '' then redis.call('SREM', KEYS[4], ARGV[1]) end
  if ARGV[5] ~= '' then
    redis.call('SADD', KEYS[5], ARGV[1])
    redis.call('HSET', KEYS[3], ARGV[1], ARGV[5])
  else
    redis.call('HDEL', KEYS[3], ARGV[1])
  end
end
return 1
`);

/** Shared by destroy and sweep: forget `id` in both indexes. KEYS[2..4] = expiries, owners, userKey; ARGV[1] = id. */
const FORGET = `
local function forget(owner)
  redis.call('ZREM', KEYS[2], ARGV[1])
  if owner ~= '' then
    redis.call('SREM', KEYS[4], ARGV[1])
    redis.call('HDEL', KEYS[3], ARGV[1])
  end
end
local owner = redis.call('HGET', KEYS[3], ARGV[1]) or ''
if owner ~= ARGV[2] then return '${RETRY}' end
`;

/** KEYS: session, expiries, owners, userKey. ARGV: id, owner, key. Returns 1 if the record existed, else 0. */
export const destroyScript = new LuaScript(`${FORGET}
local stored = redis.call('HGET', KEYS[1], 'key')
if stored and stored ~= ARGV[3] then return 0 end
local existed = redis.call('DEL', KEYS[1])
forget(owner)
return existed
`);

/**
 * KEYS: session, expiries, owners, userKey. ARGV: id, owner, now.
 * Deletes the record if its deadline is at or before `now` and returns its
 * fields; returns 0 if it is alive after all (its index entry is corrected),
 * and 'gone' if Redis had already expired it (the indexes are cleaned).
 */
export const sweepOneScript = new LuaScript(`${FORGET}
local f = redis.call('HMGET', KEYS[1], 'lastAccessedAt', 'maxInactiveInterval', 'absoluteExpiresAt')
if not f[1] then
  forget(owner)
  return 'gone'
end
local deadline = math.min(tonumber(f[1]) + tonumber(f[2]) * 1000, tonumber(f[3]))
if deadline > tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[2], string.format('%.0f', deadline), ARGV[1])
  return 0
end
local record = redis.call('HGETALL', KEYS[1])
redis.call('DEL', KEYS[1])
forget(owner)
return record
`);

/**
 * Compare-and-set under a new key: moves the record (RENAME keeps the TTL) and
 * writes its new fields in one step, if nobody wrote since the caller read `version`.
 * KEYS: oldSession, newSession, expiries, owners, oldUserKey, newUserKey.
 * ARGV: oldId, newId, version, deadline, oldUserId, newUserId, field, value, ...
 * Returns 1 (moved), 0 (changed meanwhile: read again), -1 (gone), or an error if the new ID is taken.
 */
export const renameScript = new LuaScript(`
local version = redis.call('HGET', KEYS[1], 'version')
if not version then return -1 end
if version ~= ARGV[3] then return 0 end
if redis.call('EXISTS', KEYS[2]) == 1 then return redis.error_reply('ERR session id taken') end
redis.call('RENAME', KEYS[1], KEYS[2])
redis.call('HSET', KEYS[2], unpack(ARGV, 7))
redis.call('HINCRBY', KEYS[2], 'version', 1)
redis.call('PEXPIREAT', KEYS[2], ARGV[4])
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[2])
redis.call('HDEL', KEYS[4], ARGV[1])
if ARGV[5] ~= '' then redis.call('SREM', KEYS[5], ARGV[1]) end
if ARGV[6] ~= '' then
  redis.call('SADD', KEYS[6], ARGV[2])
  redis.call('HSET', KEYS[4], ARGV[2], ARGV[6])
end
return 1
`);

/**
 * Removes index entries of a record that no longer exists (Redis expired it).
 * KEYS: session, expiries, owners, userKey. ARGV: id, userId.
 */
export const pruneScript = new LuaScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('SREM', KEYS[4], ARGV[1])
if redis.call('HGET', KEYS[3], ARGV[1]) == ARGV[2] then redis.call('HDEL', KEYS[3], ARGV[1]) end
return 1
`);
