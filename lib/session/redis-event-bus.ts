import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { EventHistory, type SessionEvent, type SessionEventBus } from './events';

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
 * Lifecycle events for several instances: each event is delivered at once to
 * this process's subscribers and published on a Redis channel; every other
 * instance receives it there and delivers it to its own subscribers. So an
 * event stream open on instance B shows what a request on instance A did.
 *
 * The timeline history (`recent`) stays in each process's memory, filled by
 * the events of every instance as they arrive. `recent()` is synchronous,
 * because the event stream replays it the moment a page connects; a list in
 * Redis would survive an instance restart, but would make that read a round
 * trip that fails during an outage. The cost: an instance started a minute
 * ago has no history from before it started.
 */
export class RedisEventBus implements SessionEventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly history = new EventHistory();
  /** Tells this instance's own messages apart, so they are not delivered twice. */
  private readonly instanceId = randomUUID();
  private readonly subscriber: Redis;
  private publishFailing = false;
  /** Settles once this instance listens to the channel (tests wait for it). */
  readonly subscribed: Promise<void>;

  /**
   * `publisher` is a connection used for commands (the store's); the bus
   * opens its own connection for SUBSCRIBE, which takes a connection over.
   */
  constructor(
    private readonly publisher: Redis,
    readonly channel = 'session-lab:events',
  ) {
    // Commands on this connection may wait for it (only SUBSCRIBE, re-sent after a reconnect).
    this.subscriber = publisher.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null, connectionName: 'session-lab-events' });
    this.subscriber.on('error', () => {
      // The store's connection already reports outages; this one reconnects and resubscribes by itself.
    });
    this.subscriber.on('message', (channel: string, raw: string) => {
      if (channel === this.channel) this.receive(raw);
    });
    this.subscribed = this.subscriber.subscribe(this.channel).then(
      () => undefined,
      (error: unknown) => console.error('Session events: could not subscribe to Redis.', error),
    );
  }

  publish(event: SessionEvent): void {
    this.deliver(event);
    const message = JSON.stringify({ from: this.instanceId, event });
    this.publisher.publish(this.channel, message).then(
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

  recent(session: string): SessionEvent[] {
    return this.history.get(session);
  }

  async close(): Promise<void> {
    try {
      await this.subscriber.quit();
    } catch {
      this.subscriber.disconnect();
    }
  }

  private receive(raw: string): void {
    let parsed;
    try {
      parsed = messageSchema.safeParse(JSON.parse(raw));
    } catch {
      return;
    }
    // Anything else on the channel (another app, a hand-typed PUBLISH) is ignored.
    if (!parsed.success || parsed.data.from === this.instanceId) return;
    this.deliver(parsed.data.event);
  }

  private deliver(event: SessionEvent): void {
    this.history.add(event);
    this.emitter.emit('event', event);
  }
}
