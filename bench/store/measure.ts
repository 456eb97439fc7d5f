import { readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { report } from '../support/report-line';
import { percentile } from '../support/stats';
import { benchKey, random } from './sessions';
import { openStore, type StoreKind } from './stores';
import type { SessionRecord } from '../../lib/session/types';

/**
 * `measure.ts <kind> <target> <sessions> <operations> <seed> <latency|memory>`:
 * times get, touch and atomic update on random existing sessions, one call
 * at a time, each in its own phase, and reports their p50 and p99 (µs) and
 * this process's memory afterwards. In `latency` mode it first reads every
 * session once, as a server that has run a while has; that burst of garbage
 * grows V8's heap for a while, so memory is measured in `memory` mode, where
 * the work is the same whatever the number of sessions.
 */
const [kind, target, size, count, seedArg, mode] = process.argv.slice(2) as [
  StoreKind,
  string,
  string,
  string,
  string,
  'latency' | 'memory',
];
const [sessions, operations, seed] = [Number(size), Number(count), Number(seedArg)];
const store = await openStore(kind, target);
const pick = random(seed);
const nanos = () => process.hrtime.bigint();
const micros = (from: bigint, to: bigint) => Number(to - from) / 1000;
const change = (record: SessionRecord): SessionRecord => ({
  ...record,
  attributes: { ...record.attributes, cart: [{ productId: 'green-tea', quantity: Math.floor(pick() * 99) + 1 }] },
});

/** Times `operation` on `count` random existing sessions, one at a time; returns µs per call. */
async function time(count: number, operation: (key: string) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    // The store is asked by key; hashing the cookie's ID is the manager's cost, not the store's.
    const key = benchKey(Math.floor(pick() * sessions));
    const started = nanos();
    await operation(key);
    samples.push(micros(started, nanos()));
  }
  return samples;
}

// Each operation in its own phase, after a warm-up of the same operation.
const phases = {
  get: async (key: string) => {
    if (!(await store.get(key))) throw new Error(`Session ${key} is missing: was the store seeded with ${sessions} sessions?`);
  },
  touch: (key: string) => store.touch(key, Date.now()),
  update: (key: string) => store.update(key, change),
};
// A server that has run for a while has read every page once (into the kernel's file cache).
if (mode === 'latency') for (let n = 0; n < sessions; n++) await store.get(benchKey(n));

const results: Record<string, { p50: number; p99: number }> = {};
for (const [name, operation] of Object.entries(phases)) {
  await time(Math.min(1000, operations), operation);
  const samples = await time(operations, operation);
  results[name] = { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/*
 * The same get as a server makes it: between two session reads a server runs
 * a whole request through Next.js, and its code and data push SQLite's out of
 * the CPU caches. Before each timed get, untimed, this writes one byte in
 * every 64 of a buffer larger than the CPU's last-level cache (32 MiB here).
 * Latency mode only: the buffer would count in the memory figures.
 */
if (mode === 'latency') {
  const EVICT_BYTES = 64 * 2 ** 20;
  const evict = new Uint8Array(EVICT_BYTES);
  const coldGets = Math.min(1000, operations);
  const cold: number[] = [];
  for (let i = 0; i < coldGets; i++) {
    for (let at = 0; at < EVICT_BYTES; at += 64) evict[at]! += 1;
    cold.push(...(await time(1, phases.get)));
  }
  results.getCold = { p50: percentile(cold, 50), p99: percentile(cold, 99) };
}

// Memory with the store still open: its caches count.
(globalThis as { gc?: () => void }).gc?.();
const memory = process.memoryUsage();
const heap = getHeapStatistics();
await store.close();
report({
  ...results,
  rssBytes: memory.rss,
  anonymousBytes: anonymousMemory() ?? memory.rss,
  heapUsedBytes: memory.heapUsed,
  // Heap V8 holds committed but empty after the GC: mostly its young generation,
  // which it sizes by how much survived its recent collections, not by anything the store holds.
  heapFreeBytes: heap.total_physical_size - heap.used_heap_size,
});

/**
 * The memory this process owns (Linux's RssAnon: JS heap, SQLite's page
 * cache, native allocations). RSS also counts the pages of files it maps,
 * its code and shared libraries.
 */
function anonymousMemory(): number | null {
  try {
    const kib = /RssAnon:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kib ? Number(kib) * 1024 : null;
  } catch {
    return null;
  }
}
