import { EventEmitter } from 'node:events';
import { z } from 'zod';
import { LuaScript, type RedisLink } from '../session/redis-connection';
import { RedisSubscription } from '../session/redis-subscription';
import { WIRE_ENTRIES_PER_SESSION, type WireEntry } from './wire-entry';
import {
  decodeEntry,
  encodeEntry,
  endsSession,
  parseEntry,
  WIRE_ENDED_KEEP_MS,
  wireSessionSchema,
  type WireKeep,
  type WireStore,
} from './wire-store';

/**
 * KEYS: the session's list. ARGV: keepMs, max length, channel, message ('' to
 * publish nothing), then the entries. One key per script, tagged with the
 * session (`wire:{<fingerprint>}`), so on a cluster each session's list sits
 * on one slot and the lists spread over every master. As with the event bus,
 * the entry is in the list before any instance hears of it on the channel.
 */
const APPEND = new LuaScript(`
for i = 5, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
redis.call('PEXPIRE', KEYS[1], ARGV[1])
if ARGV[4] ~= '' then redis.call('PUBLISH', ARGV[3], ARGV[4]) end
return 1
`);

/** KEYS: the new fingerprint's list. ARGV: keepMs, max length, then the old entries, oldest first: they go before any already there. */
const PREPEND = new LuaScript(`
for i = #ARGV, 3, -1 do redis.call('LPUSH', KEYS[1], ARGV[i]) end
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1
`);

/** KEYS: the session's list. ARGV: the grace in ms. Shortens its life, never lengthens it. */
const END = new LuaScript(`
local left = redis.call('PTTL', KEYS[1])
if left > tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return 1
`);

const messageSchema = z.object({ from: z.string().max(64), entries: z.array(z.unknown()).max(WIRE_ENTRIES_PER_SESSION * 4) }).strict();

/**
 * The wire view's entries in Redis: a list per session (capped with LTRIM,
 * expiring with PEXPIRE), on the session store's connection; new entries are
 * published on one channel, which every instance hears on a connection of
 * its own (SUBSCRIBE takes a connection over), as the event bus does.
 */
export class RedisWireStore implements WireStore {
  readonly kind = 'redis';
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly subscription: RedisSubscription<z.infer<typeof messageSchema>>;
  /** Settles once this instance listens to the channel (tests wait for it). */
  readonly subscribed: Promise<void>;
  private readonly prefix: string;
  private readonly channel: string;
  private readonly keep: WireKeep;

  constructor(
    private readonly link: RedisLink,
    options: { prefix?: string; keep?: WireKeep } = {},
  ) {
    this.prefix = options.prefix ?? 'session-lab:';
    this.channel = `${this.prefix}wire`;
    this.keep = options.keep ?? { keepMs: 8 * 3600_000, endedKeepMs: WIRE_ENDED_KEEP_MS };
    this.subscription = new RedisSubscription(link, this.channel, {
      connectionName: 'session-lab-wire',
      label: 'Wire view',
      schema: messageSchema,
      onMessage: (message) => {
        for (const value of message.entries) {
          const entry = parseEntry(value);
          if (entry) this.emitter.emit('entry', entry);
        }
      },
    });
    this.subscribed = this.subscription.subscribed;
  }

  private key(session: string): string {
    return `${this.prefix}wire:{${session}}`;
  }

  async append(entries: readonly WireEntry[]): Promise<void> {
    const bySession = new Map<string, WireEntry[]>();
    for (const entry of entries) {
      if (!wireSessionSchema.safeParse(entry.session).success) continue;
      const list = bySession.get(entry.session);
      if (list) list.push(entry);
      else bySession.set(entry.session, [entry]);
    }
    // One script per session (each list is on its own slot); issued together, they share the socket's round trip.
    await Promise.all(
      [...bySession].map(([session, list]) => {
        const keepMs = endsSession(list.at(-1)!) ? this.keep.endedKeepMs : this.keep.keepMs;
        const message = JSON.stringify({ from: this.subscription.instanceId, entries: list });
        return this.link.script(
          APPEND,
          [this.key(session)],
          [keepMs, WIRE_ENTRIES_PER_SESSION, this.channel, message, ...list.map(encodeEntry)],
        );
      }),
    );
  }

  async recent(session: string): Promise<WireEntry[]> {
    if (!wireSessionSchema.safeParse(session).success) return [];
    const raw = await this.link.run((client) => client.lrange(this.key(session), -WIRE_ENTRIES_PER_SESSION, -1));
    return raw.flatMap((text) => decodeEntry(text, session) ?? []);
  }

  /**
   * Two steps, not one script: on a cluster the two lists may sit on different
   * slots. A read of the new fingerprint between them misses the old entries
   * for a moment; the old list's copy is deleted after the new one is written,
   * so nothing is lost if the second step fails.
   */
  async move(from: string, to: string): Promise<void> {
    if (!wireSessionSchema.safeParse(from).success || !wireSessionSchema.safeParse(to).success) return;
    const raw = await this.link.run((client) => client.lrange(this.key(from), 0, -1));
    if (raw.length === 0) return;
    const older = raw.flatMap((text) => {
      const entry = decodeEntry(text, to);
      return entry ? [encodeEntry(entry)] : [];
    });
    // Another instance may have written the new list already (a request with the new cookie): the old entries go before.
    await this.link.script(PREPEND, [this.key(to)], [this.keep.keepMs, WIRE_ENTRIES_PER_SESSION, ...older]);
    await this.link.run((client) => client.del(this.key(from)));
  }

  async end(session: string): Promise<void> {
    if (!wireSessionSchema.safeParse(session).success) return;
    await this.link.script(END, [this.key(session)], [this.keep.endedKeepMs]);
  }

  listen(listener: (entry: WireEntry) => void): () => void {
    this.emitter.on('entry', listener);
    return () => this.emitter.off('entry', listener);
  }

  async close(): Promise<void> {
    await this.subscription.close();
  }
}
