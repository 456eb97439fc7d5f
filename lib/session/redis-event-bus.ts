import { EventEmitter } from 'node:events';
import { z } from 'zod';
import { DEFAULT_HISTORY_MS, HISTORY_PER_SESSION, type PublishOptions, type SessionEvent, type SessionEventBus } from './events';
import { LuaScript, type RedisLink } from './redis-connection';
import { RedisSubscription } from './redis-subscription';

const eventSchema = z
  .object({
    id: z.string().min(1).max(64),
    type: z.enum(['created', 'attributeAdded', 'attributeReplaced', 'attributeRemoved', 'regenerated', 'expired', 'invalidated']),
    session: z.string().min(1).max(64),
    at: z.number().int(),
    name: z.string().max(256).optional(),
    previous: z.string().max(64).optional(),
    reason: z.enum(['idle', 'absolute']).optional(),
  })
  .strict();

const messageSchema = z.object({ from: z.string(), event: eventSchema }).strict();

/**
 * KEYS: the session's stream. ARGV: event JSON, keepUntil (ms), max length, channel, message.
 * The entry is in the stream before any instance hears of it on the channel,
 * so a stream that subscribes first and then reads the history misses nothing.
 * `MAXLEN ~` trims whole blocks of entries (cheap); history() reads the last N.
 * PUBLISH has no key, so it runs in a script on a cluster too (the cluster bus
 * carries it to every node).
 */
const appendScript = new LuaScript(`
redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[3], '*', 'event', ARGV[1])
redis.call('PEXPIREAT', KEYS[1], ARGV[2])
redis.call('PUBLISH', ARGV[4], ARGV[5])
return 1
`);

/** How many regenerations back a history follows (each one is a read). */
const MAX_HOPS = 4;

function parseEvent(raw: unknown): SessionEvent | null {
  if (typeof raw !== 'string') return null;
  try {
    const parsed = eventSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Lifecycle events for several instances. Each event is delivered at once to
 * this process's subscribers, appended to its session's stream in Redis
 * (`<prefix>events:<fingerprint>`, bounded, expiring with the session) and
 * published on a channel; every other instance delivers it to its own
 * subscribers. The history lives only in Redis, so an SSE reconnect that
 * lands on another instance replays exactly the same events (Last-Event-ID),
 * and an instance started a minute ago knows the timeline from before.
 */
export class RedisEventBus implements SessionEventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly subscription: RedisSubscription<z.infer<typeof messageSchema>>;
  private publishFailing = false;
  /** Settles once this instance listens to the channel (tests wait for it). */
  readonly subscribed: Promise<void>;
  readonly channel: string;
  private readonly prefix: string;

  /**
   * `link` is the store's connection, used for commands; the bus opens its
   * own connection for SUBSCRIBE, which takes a connection over.
   */
  constructor(
    private readonly link: RedisLink,
    options: { channel?: string; prefix?: string } = {},
  ) {
    this.prefix = options.prefix ?? 'session-lab:';
    this.channel = options.channel ?? `${this.prefix}events`;
    this.subscription = new RedisSubscription(link, this.channel, {
      connectionName: 'session-lab-events',
      label: 'Session events',
      schema: messageSchema,
      onMessage: (message) => this.deliver(message.event),
    });
    this.subscribed = this.subscription.subscribed;
  }

  streamKey(session: string): string {
    return `${this.prefix}events:${session}`;
  }

  publish(event: SessionEvent, options: PublishOptions = {}): void {
    this.deliver(event);
    // Never shorter than a minute, so a tab reconnecting just after the end still replays it.
    const keepUntil = Math.max(options.keepUntil ?? event.at + DEFAULT_HISTORY_MS, event.at + 60_000);
    const message = JSON.stringify({ from: this.subscription.instanceId, event });
    this.link
      .script(
        appendScript,
        [this.streamKey(event.session)],
        [JSON.stringify(event), Math.round(keepUntil), HISTORY_PER_SESSION, this.channel, message],
      )
      .then(
        () => {
          this.publishFailing = false;
        },
        (error: unknown) => {
          // Events are a view of what happened, not the state: losing one during an outage is logged, not fatal.
          if (!this.publishFailing) {
            const reason = error instanceof Error ? error.message : String(error);
            console.error(`Session events: could not publish to Redis (${reason}); other instances miss events until it is back.`);
          }
          this.publishFailing = true;
        },
      );
  }

  subscribe(listener: (event: SessionEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  /** The session's stream, and before a regeneration the stream of the fingerprint it had (one read per hop). */
  async history(session: string): Promise<SessionEvent[]> {
    const events: SessionEvent[] = [];
    let key: string | undefined = session;
    for (let hop = 0; key && hop < MAX_HOPS && events.length < HISTORY_PER_SESSION; hop++) {
      const stream = this.streamKey(key);
      const entries = await this.link.run((client) => client.xrevrange(stream, '+', '-', 'COUNT', HISTORY_PER_SESSION - events.length));
      const found = entries.flatMap(([, fields]) => {
        const event = parseEvent(fields[fields.indexOf('event') + 1]);
        return event ? [event] : [];
      });
      events.unshift(...found.reverse());
      const first = found.length ? events[0] : undefined;
      key = first?.type === 'regenerated' ? first.previous : undefined;
    }
    return events;
  }

  async close(): Promise<void> {
    await this.subscription.close();
  }

  private deliver(event: SessionEvent): void {
    this.emitter.emit('event', event);
  }
}
