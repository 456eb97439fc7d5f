import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PAGE_CACHE_KIB } from '../lib/session/sqlite-file';
import { SqliteSessionStore } from '../lib/session/sqlite-store';
import { BENCH_PORTS } from './support/ports';
import { atMost, type Section, type Verdict } from './support/report';
import { median } from './support/stats';
import { REDIS_STORE_SOURCE, redisUnavailable, startRedis, type StoreKind } from './store/stores';
import { runScript } from './support/child';
import { sweepUnderLoad } from './store-sweep';

/** Store operations at 10 k, 100 k and 1 M sessions, each size in its own store, measured in turn (A B C A B C ...). */
const SIZES = [10_000, 100_000, 1_000_000];
const ROUNDS = Number(process.env.BENCH_STORE_ROUNDS ?? 5);
const OPERATIONS = Number(process.env.BENCH_STORE_OPERATIONS ?? 10_000);
const GET_P99_BUDGET_US = 100;
const DATA = '.bench/store';
const SEED_VERSION = 3;

const MEASURE = new URL('./store/measure.ts', import.meta.url);
const SEED = new URL('./store/seed.ts', import.meta.url);

interface Percentiles {
  p50: number;
  p99: number;
}
interface Measurement {
  get: Percentiles;
  /** The same get with the CPU caches emptied before each call, as between two requests of a server. */
  getCold: Percentiles;
  touch: Percentiles;
  update: Percentiles;
  rssBytes: number;
  anonymousBytes: number;
  heapUsedBytes: number;
  /** V8 heap committed but free after the GC (its young generation, mostly). */
  heapFreeBytes: number;
}

/** The Redis store, compiled for the child processes when it exists. */
const extra = (kind: StoreKind) => (kind === 'redis' ? [REDIS_STORE_SOURCE] : []);

function seed(kind: StoreKind, target: string, from: number, to: number, prefix = 'live', idleSecondsAgo = 0) {
  return runScript<{ count: number; ms: number }>(
    SEED,
    [kind, target, String(from), String(to), prefix, String(idleSecondsAgo)],
    [],
    extra(kind),
  );
}

/** A SQLite file holding exactly `size` benchmark sessions; kept between runs (seeding 1 M takes a minute). */
async function sqliteWith(size: number): Promise<string> {
  const path = `${DATA}/sqlite-${size}.db`;
  const meta = `${path}.json`;
  const fresh = process.env.BENCH_FRESH === '1';
  if (!fresh && existsSync(meta) && JSON.parse(readFileSync(meta, 'utf8')).version === SEED_VERSION) {
    const store = new SqliteSessionStore(path);
    const count = await store.count();
    await store.close();
    if (count === size) return path;
  }
  for (const suffix of ['', '-wal', '-shm', '.json']) rmSync(`${path}${suffix}`, { force: true });
  mkdirSync(DATA, { recursive: true });
  console.log(`  seeding ${size} SQLite sessions (once; kept in ${DATA}) ...`);
  const { count, ms } = await seed('sqlite', path, 0, size);
  if (count !== size) throw new Error(`Seeded ${count} sessions into ${path}, expected ${size}.`);
  writeFileSync(meta, JSON.stringify({ version: SEED_VERSION, size, seededInMs: Math.round(ms) }));
  return path;
}

/** Latencies from a process that first read every session; memory from one that did the same fixed work without that burst. */
async function measure(kind: StoreKind, target: string, size: number, round: number): Promise<Measurement> {
  const run = (mode: 'latency' | 'memory') =>
    runScript<Measurement>(
      MEASURE,
      [kind, target, String(size), String(OPERATIONS), String(round * 7919 + size), mode],
      ['--expose-gc'],
      extra(kind),
    );
  const latency = await run('latency');
  const memory = await run('memory');
  const { rssBytes, anonymousBytes, heapUsedBytes, heapFreeBytes } = memory;
  return { ...latency, rssBytes, anonymousBytes, heapUsedBytes, heapFreeBytes };
}

const us = (value: number) => `${value.toFixed(1)} µs`;
/** Memory the process uses: RssAnon less the V8 heap it holds committed but empty. */
const inUse = (r: Measurement) => r.anonymousBytes - r.heapFreeBytes;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

function rows(kind: StoreKind, bySize: Map<number, Measurement[]>): string[][] {
  return SIZES.filter((size) => bySize.has(size)).map((size) => {
    const runs = bySize.get(size)!;
    const m = (pick: (r: Measurement) => number) => median(runs.map(pick));
    return [
      kind,
      size.toLocaleString('en-US'),
      `${us(m((r) => r.get.p50))} / ${us(m((r) => r.get.p99))}`,
      `${us(m((r) => r.getCold.p50))} / ${us(m((r) => r.getCold.p99))}`,
      `${us(m((r) => r.touch.p50))} / ${us(m((r) => r.touch.p99))}`,
      `${us(m((r) => r.update.p50))} / ${us(m((r) => r.update.p99))}`,
      mib(m((r) => r.anonymousBytes)),
      mib(m(inUse)),
      mib(m((r) => r.rssBytes)),
      mib(m((r) => r.heapUsedBytes)),
    ];
  });
}

async function measureSqlite(): Promise<Map<number, Measurement[]>> {
  const paths = new Map<number, string>();
  for (const size of SIZES) paths.set(size, await sqliteWith(size));
  const bySize = new Map<number, Measurement[]>(SIZES.map((size) => [size, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const size of SIZES) bySize.get(size)!.push(await measure('sqlite', paths.get(size)!, size, round));
  }
  return bySize;
}

/** Redis holds one data set at a time: grow it 10 k → 100 k → 1 M and measure at each size. */
async function measureRedis(notes: string[]): Promise<Map<number, Measurement[]> | null> {
  const why = redisUnavailable();
  if (why) {
    notes.push(`Redis skipped: ${why}. The benchmark measures it by itself once both are there.`);
    return null;
  }
  const redis = await startRedis(BENCH_PORTS.redis);
  try {
    const bySize = new Map<number, Measurement[]>();
    let seeded = 0;
    for (const size of SIZES) {
      await seed('redis', redis.url, seeded, size);
      seeded = size;
      const runs: Measurement[] = [];
      for (let round = 0; round < ROUNDS; round++) runs.push(await measure('redis', redis.url, size, round));
      bySize.set(size, runs);
      notes.push(
        `redis-server used_memory at ${size.toLocaleString('en-US')} sessions: ${mib(await redis.usedMemoryBytes())} (Redis keeps every session in memory; the Node process above does not).`,
      );
    }
    return bySize;
  } finally {
    await redis.stop();
  }
}

export async function storeScaling(): Promise<Section> {
  const notes: string[] = [];
  const sqlite = await measureSqlite();
  const redis = await measureRedis(notes);
  const p99 = (size: number) => median(sqlite.get(size)!.map((r) => r.get.p99));
  const owned = (size: number) => median(sqlite.get(size)!.map((r) => r.anonymousBytes));
  const used = (size: number) => median(sqlite.get(size)!.map(inUse));
  const [small, middle, large] = SIZES as [number, number, number];
  const sweep = await sweepUnderLoad(100_000);
  const verdicts: Verdict[] = [
    {
      benchmark: 'SQLite get p99 at 1 M vs at 10 k sessions',
      figure: us(p99(large)),
      floor: us(p99(small)),
      ...atMost(p99(large) / p99(small), 2),
    },
    {
      benchmark: 'SQLite get p99 at 1 M vs the 100 µs budget',
      figure: us(p99(large)),
      floor: `${GET_P99_BUDGET_US} µs (budget)`,
      ...atMost(p99(large) / GET_P99_BUDGET_US, 1),
    },
    // Flat: no growth from 100 k to 1 M, and from 10 k (a file small enough to sit whole in SQLite's
    // page cache) at most the cache's fixed size. The growth counts memory in use: V8's empty young
    // generation moved RssAnon by up to 4 MiB between runs and sizes, which is no memory of the store's.
    {
      benchmark: 'process memory at 1 M vs at 100 k sessions (SQLite)',
      figure: mib(owned(large)),
      floor: mib(owned(middle)),
      ...atMost(owned(large) / owned(middle), 1.1),
    },
    {
      benchmark: "memory in use: growth from 10 k to 1 M sessions vs SQLite's fixed page cache",
      figure: mib(used(large) - used(small)),
      floor: `${mib(PAGE_CACHE_KIB * 1024)} (cache_size)`,
      ...atMost((used(large) - used(small)) / (PAGE_CACHE_KIB * 1024), 1),
    },
    ...sweep.verdicts,
  ];
  return {
    title: 'Store scaling',
    method:
      `Each size lives in its own store, seeded through the store's own create() with sessions shaped like the app's (cart, language, ` +
      `CSRF token). A fresh Node process per measurement times ${OPERATIONS} calls each of get, touch and atomic update on random existing ` +
      `sessions, one call at a time, each operation in its own phase after 1,000 warm-up calls (and, for the latencies, after reading every ` +
      `session once, as a server that has run a while has), and reports p50 / p99. A last phase times 1,000 gets more, each after ` +
      `writing through 64 MiB of other memory (untimed), which empties the CPU caches as a request through Next.js does between two ` +
      `session reads of a server: the gap between the two get columns is what a get costs in a server beyond this tight loop. Memory comes from a second process doing the same ` +
      `fixed work without that first read of everything (its garbage grows V8's heap for a while), after a GC with the store open: RssAnon, the memory the ` +
      `process owns (JS heap, SQLite's page cache, native allocations); the memory in use, which is RssAnon less the V8 heap that is ` +
      `committed but empty after the GC (V8 sizes its young generation by how much survived its recent ` +
      `collections, so that part moves by megabytes from run to run whatever the store holds); and RSS, which also ` +
      `counts the pages of files the process maps (its code and shared libraries; the store reads its file without a map). The process runs compiled JavaScript, ` +
      `without the TypeScript loader. ` +
      `${ROUNDS} rounds over the sizes in turn (10 k, 100 k, 1 M, 10 k, ...); figures are medians of the rounds.`,
    tables: [
      [
        [
          'store',
          'sessions',
          'get p50 / p99',
          'get p50 / p99, CPU caches emptied first',
          'touch p50 / p99',
          'update p50 / p99',
          'process memory (RssAnon)',
          'in use (RssAnon less free V8 heap)',
          'RSS',
          'JS heap',
        ],
        ...rows('sqlite', sqlite),
        ...(redis ? rows('redis', redis) : []),
      ],
      sweep.table,
    ],
    verdicts,
    notes: [...notes, ...sweep.notes],
  };
}
