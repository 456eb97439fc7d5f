import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { RedisClient, RedisLink } from './redis-connection';

/**
 * One pub/sub channel on a connection of its own (a subscribed connection can
 * run no other command). The event bus and the wire store each publish in the
 * same script that writes, and every instance listens through one of these.
 * A message is `{ from, ... }`: an instance's own messages (it delivered them
 * already) and anything its schema refuses (another app, a hand-typed
 * PUBLISH) are ignored.
 */
export class RedisSubscription<Message extends { from: string }> {
  /** What this instance puts in `from` of the messages it publishes. */
  readonly instanceId = randomUUID();
  private readonly subscriber: RedisClient;
  private closing = false;
  /** Settles once this instance listens to the channel (tests wait for it). */
  readonly subscribed: Promise<void>;

  constructor(
    link: RedisLink,
    private readonly channel: string,
    options: { connectionName: string; label: string; schema: z.ZodType<Message>; onMessage: (message: Message) => void },
  ) {
    // Commands on this connection may wait for it (only SUBSCRIBE, re-sent after a reconnect).
    this.subscriber = link.duplicate({
      enableOfflineQueue: true,
      maxRetriesPerRequest: null,
      connectionName: options.connectionName,
      commandTimeout: undefined,
    });
    this.subscriber.on('error', () => {
      // The store's connection already reports outages; this one reconnects and resubscribes by itself.
    });
    this.subscriber.on('message', (from: string, raw: string) => {
      if (from !== this.channel) return;
      let parsed;
      try {
        parsed = options.schema.safeParse(JSON.parse(raw));
      } catch {
        return;
      }
      if (parsed.success && parsed.data.from !== this.instanceId) options.onMessage(parsed.data);
    });
    this.subscribed = this.subscribeUntilDone(options.label);
  }

  /** ioredis re-subscribes after a reconnect only to channels it once subscribed to: keep trying until the first SUBSCRIBE succeeds. */
  private async subscribeUntilDone(label: string): Promise<void> {
    for (let attempt = 1; !this.closing; attempt++) {
      try {
        await this.subscriber.subscribe(this.channel);
        return;
      } catch (error) {
        if (this.closing) return;
        if (attempt === 1) console.error(`${label}: could not subscribe to Redis yet; retrying.`, error);
        await new Promise((resolve) => setTimeout(resolve, Math.min(100 * attempt, 1000)));
      }
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    // Never connected (Redis down): QUIT would wait in the offline queue for good.
    if (this.subscriber.status !== 'ready') {
      this.subscriber.disconnect();
      return;
    }
    try {
      await this.subscriber.quit();
    } catch {
      this.subscriber.disconnect();
    }
  }
}
