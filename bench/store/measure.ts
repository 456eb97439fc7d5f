import { report } from '../support/report-line';
import { percentile } from '../support/stats';
import { random, sessionId } from './sessions';
import { openStore, type StoreKind } from './stores';
import type { SessionRecord } from '../../lib/session/types';

/**
 * `measure.ts <kind> <target> <sessions> <operations> <seed>`: times get,
 * touch and atomic update on random existing sessions, one call at a time,
 * each in its own phase, and reports their p50 and p99 (µs) and this
 * process's memory afterwards.
 */
const [kind, target, sessions, operations, seed] = process.argv.slice(2).map((arg, i) => (i < 2 ? arg : Number(arg))) as [StoreKind, string, number, number, number];
const store = await openStore(kind, target);
const pick = random(seed);
const nanos = () => process.hrtime.bigint();
const micros = (from: bigint, to: bigint) => Number(to - from) / 1000;
const change = (record: SessionRecord): SessionRecord => ({
  ...record,
  attributes: { ...record.attributes, cart: [{ productId: 'green-tea', quantity: Math.floor(pick() * 99) + 1 }] },
});

/** Times `operation` on `count` random existing sessions, one at a time; returns µs per call. */
async function time(count: number, operation: (id: string) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = sessionId(Math.floor(pick() * sessions));
    const started = nanos();
    await operation(id);
    samples.push(micros(started, nanos()));
  }
  return samples;
}

// Each operation in its own phase, after a warm-up of the same operation.
const phases = {
  get: async (id: string) => {
    if (!(await store.get(id))) throw new Error(`Session ${id} is missing: was the store seeded with ${sessions} sessions?`);
  },
  touch: (id: string) => store.touch(id, Date.now()),
  update: (id: string) => store.update(id, change),
};
const results: Record<string, { p50: number; p99: number }> = {};
for (const [name, operation] of Object.entries(phases)) {
  await time(Math.min(1000, operations), operation);
  const samples = await time(operations, operation);
  results[name] = { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

// Memory with the store still open: its caches count.
(globalThis as { gc?: () => void }).gc?.();
const memory = process.memoryUsage();
await store.close();
report({ ...results, rssBytes: memory.rss, heapUsedBytes: memory.heapUsed });
