import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RunningRedis } from '../../tests/support/redis-server';
import type { LimitStore } from '../limits/limit-store';
import { RedisLimitStore } from '../limits/redis-limits';
import { createRedisClient, RedisLink } from '../session/redis-connection';
import { SqliteLimitStore } from '../limits/sqlite-limits';
import { hashPassword, verifyPassword } from './password';
import { HashBusyError, HashGate } from './hash-gate';

let redis: RunningRedis;
const dir = mkdtempSync(join(tmpdir(), 'session-lab-gate-'));
const stores: LimitStore[] = [];
const links: RedisLink[] = [];
/** A store on a connection of its own, as an app instance has. */
function onRedis(prefix: string): RedisLimitStore {
  const link = new RedisLink(createRedisClient(redis.url), 'test');
  links.push(link);
  return new RedisLimitStore(link, prefix);
}
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await Promise.all(links.map((link) => link.close()));
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

// A real scrypt hash, cheaper than the accounts' 128 MiB ones: the gate counts hashes, whatever each costs.
let stored: string;
beforeAll(async () => {
  stored = await hashPassword('the-password', { ln: 14, r: 8, p: 1 });
});

let n = 0;
/** Two stores on one fresh backing store: two instances. */
const backends: [string, () => [LimitStore, LimitStore]][] = [
  ['sqlite', () => [new SqliteLimitStore(join(dir, `${++n}.db`)), new SqliteLimitStore(join(dir, `${n}.db`))]],
  ['redis', () => [onRedis(`gate-${++n}:`), onRedis(`gate-${n}:`)]],
];

describe.each(backends)('HashGate on %s', (_name, open) => {
  it('two instances, 6 scrypt checks at once: never more than 2 hashes run together, all get their answer', async () => {
    const [a, b] = open();
    stores.push(a, b);
    const gates = [new HashGate(a, { max: 2, waitMs: 60_000 }), new HashGate(b, { max: 2, waitMs: 60_000 })];
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        gates[i % 2]!.run(async () => {
          peak = Math.max(peak, ++running);
          try {
            return await verifyPassword(`guess-${i}`, stored);
          } finally {
            running--;
          }
        }),
      ),
    );
    expect(results).toEqual(Array(6).fill(false));
    expect(peak).toBe(2);
    for (const gate of gates) expect(gate.peak).toBeLessThanOrEqual(2);
  }, 120_000);

  it('a login that cannot get a slot in time is told to come back (503 with Retry-After), and nothing runs for it', async () => {
    const [a] = open();
    stores.push(a);
    const gate = new HashGate(a, { max: 1, waitMs: 50, pollMs: 5 });
    let release!: () => void;
    const holding = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
    let ran = false;
    const refused = await gate
      .run(async () => {
        ran = true;
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HashBusyError);
    expect((refused as HashBusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(ran).toBe(false);
    release();
    await holding;
    await gate.run(async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });

  it('a browser with a device cookie has its own slot: strangers holding every shared one do not make it wait', async () => {
    const [a] = open();
    stores.push(a);
    const gate = new HashGate(a, { max: 1, waitMs: 0 });
    let release!: () => void;
    const stranger = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
    await expect(gate.run(async () => 'untrusted')).rejects.toBeInstanceOf(HashBusyError);
    await expect(gate.run(async () => 'owner', { trusted: true })).resolves.toBe('owner');
    release();
    await stranger;
  });
});
