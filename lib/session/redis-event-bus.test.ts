import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RunningRedis } from '../../tests/support/redis-server';
import type { SessionEvent } from './events';
import { createRedisClient, RedisLink } from './redis-connection';
import { RedisEventBus } from './redis-event-bus';

let redis: RunningRedis;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  await redis.stop();
});

/** One app instance's bus: its own command connection and its own subscriber connection. */
async function instance(channel: string, url = redis.url) {
  const client = createRedisClient(url);
  const bus = new RedisEventBus(new RedisLink(client, 'test'), { channel, prefix: `${channel}:` });
  cleanups.push(
    () => bus.close(),
    async () => client.disconnect(),
  );
  const seen: SessionEvent[] = [];
  bus.subscribe((event) => seen.push(event));
  await bus.subscribed;
  // The command connection too: with no offline queue, a command sent before it is up fails (the tests publish on it directly).
  if (client.status !== 'ready') await once(client, 'ready');
  return { bus, client, seen };
}

describe('RedisEventBus across instances', () => {
  it('an event published on A reaches the subscribers of A and of B exactly once, and both histories', async () => {
    const a = await instance('test:events:1');
    const b = await instance('test:events:1');
    const event: SessionEvent = { id: 'e1', type: 'attributeAdded', session: 'fp-1', at: Date.now(), name: 'cart' };
    a.bus.publish(event);
    expect(a.seen).toEqual([event]); // at once, without a round trip
    await expect.poll(() => b.seen).toEqual([event]);
    b.bus.publish({ id: 'e2', type: 'regenerated', session: 'fp-2', previous: 'fp-1', at: Date.now() });
    await expect.poll(() => a.seen.length).toBe(2);
    await new Promise((r) => setTimeout(r, 100));
    expect(a.seen).toHaveLength(2);
    expect(b.seen).toHaveLength(2);
    // The history follows the session to its new fingerprint, on both instances.
    expect((await a.bus.history('fp-2')).map((e) => e.type)).toEqual(['attributeAdded', 'regenerated']);
    expect((await b.bus.history('fp-2')).map((e) => e.type)).toEqual(['attributeAdded', 'regenerated']);
  });

  it('the history lives in Redis: an instance started later reads it, and it expires with the session', async () => {
    const a = await instance('test:events:4');
    const now = Date.now();
    const created: SessionEvent = { id: 'h1', type: 'created', session: 'fp-h', at: now };
    a.bus.publish(created, { keepUntil: now + 120_000 });
    a.bus.publish({ id: 'h2', type: 'attributeAdded', session: 'fp-h', at: now, name: 'cart' }, { keepUntil: now + 120_000 });
    const later = await instance('test:events:4');
    await expect.poll(async () => (await later.bus.history('fp-h')).map((e) => e.id)).toEqual(['h1', 'h2']);
    expect(await a.client.pexpiretime(a.bus.streamKey('fp-h'))).toBe(now + 120_000);
    // The session ends: its history is kept a minute more (a tab reconnecting just then still replays it), then goes.
    a.bus.publish({ id: 'h3', type: 'invalidated', session: 'fp-h', at: now }, { keepUntil: now });
    await expect.poll(() => a.client.pexpiretime(a.bus.streamKey('fp-h'))).toBe(now + 60_000);
  });

  it('keeps a bounded history per session', async () => {
    const a = await instance('test:events:5');
    for (let i = 0; i < 250; i++) a.bus.publish({ id: `m${i}`, type: 'attributeReplaced', session: 'fp-m', at: Date.now(), name: 'n' });
    await expect.poll(async () => (await a.bus.history('fp-m')).at(-1)?.id).toBe('m249');
    expect(await a.bus.history('fp-m')).toHaveLength(50);
    expect(await a.client.xlen(a.bus.streamKey('fp-m'))).toBeLessThan(250);
  });

  it('ignores anything on the channel that is not a well-formed event', async () => {
    const a = await instance('test:events:2');
    const good: SessionEvent = { id: 'e3', type: 'created', session: 'fp-3', at: Date.now() };
    for (const junk of ['not json', '{}', JSON.stringify({ from: 'x', event: { ...good, type: 'hacked' } })]) {
      await a.client.publish('test:events:2', junk);
    }
    await a.client.publish('test:events:2', JSON.stringify({ from: 'another-instance', event: good }));
    await expect.poll(() => a.seen).toEqual([good]);
  });

  it('survives a Redis outage: local delivery goes on, and events cross instances again once Redis is back', async () => {
    const own = await startRedis();
    cleanups.push(() => own.stop());
    const a = await instance('test:events:3', own.url);
    const b = await instance('test:events:3', own.url);
    await own.kill();
    const during: SessionEvent = { id: 'e4', type: 'attributeReplaced', session: 'fp-4', at: Date.now(), name: 'cart' };
    expect(() => a.bus.publish(during)).not.toThrow();
    expect(a.seen).toEqual([during]);
    await own.restart();
    // The subscriber connection reconnects and subscribes again by itself.
    const after: SessionEvent = { id: 'e5', type: 'invalidated', session: 'fp-4', at: Date.now() };
    await expect
      .poll(
        () => {
          a.bus.publish(after);
          return b.seen.some((event) => event.type === 'invalidated');
        },
        { timeout: 10_000, interval: 250 },
      )
      .toBe(true);
    expect(b.seen.some((event) => event.type === 'attributeReplaced')).toBe(false);
  });
});
