import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serverEnv, stopWithin } from '../e2e/support/server';
import { BENCH_PORTS } from './support/ports';
import type { Section } from './support/report';

/**
 * `npm run dev` until the first `/` is on screen: once with no development
 * build at all (a fresh clone), once again with the cache the first run left
 * (a start after a session long enough to write it). `next dev` writes to
 * .next/dev, apart from `next build`.
 *
 * Turbopack writes that cache (.next/dev/cache/turbopack) in the background
 * about five minutes into a session, and not when stopped sooner: on Ctrl+C
 * `next dev` gives its server 100 ms before killing it. A cold run stopped at
 * once would leave no cache, and the "warm" start would be a second cold one.
 * So the cold run stops as Next's own warm-restart test stops it, waiting
 * for Turbopack to finish and write its cache (an internal switch, named as
 * such; if a later Next drops it, the table says no cache was written).
 */
const APP = '.';
const BARE_APP = 'bench/bare-app';
const NEXT_BIN = 'node_modules/next/dist/bin/next';
const WRITE_CACHE_ON_EXIT = { __NEXT_DEV_WAIT_FOR_TURBOPACK_SHUTDOWN: '1' };
/** Writing the cache took 3 s here; once told to write it, Next waits for it without a bound of its own. */
const STOP_WAIT_MS = 120_000;

interface DevStart {
  /** From spawn to "Ready" (the server listens). */
  readyMs: number;
  /** The first GET / (compiles the page and everything it imports, then renders). */
  firstPageMs: number;
  /** What Next printed about compiling /, e.g. "GET / 200 in 17.8s (compile: 16.1s, render: 1.7s)". */
  nextSays: string;
  /** Bytes of Turbopack's cache on disk when the server was spawned. */
  cacheAtStart: number;
}

/** An empty cache is a file of bookkeeping; the one written for the app is tens of MiB. */
const hasCache = (run: DevStart) => run.cacheAtStart > 2 ** 20;

/** Bytes under .next/dev/cache/turbopack. */
function turbopackCacheBytes(dir: string): number {
  let bytes = 0;
  try {
    for (const entry of readdirSync(join(dir, '.next/dev/cache/turbopack'), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
    }
  } catch {
    // no cache folder: nothing written
  }
  return bytes;
}

/**
 * Modules Turbopack compiled (server and browser, each layer counted), read
 * from the chunks `next dev` wrote: each module starts a line with its
 * quoted ID, "[project]/node_modules/zod/...". Unlike the times, this count
 * does not move with the machine's load.
 */
function compiledModules(dir: string): { total: number; ours: number } {
  const ids = new Set<string>();
  const chunks = join(dir, '.next/dev');
  for (const entry of readdirSync(chunks, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const [, id] of text.matchAll(/^"(\[project\]\/[^"]+)"/gm)) ids.add(`${entry.parentPath}:${id}`);
  }
  const ours = [...ids].filter((id) => !id.includes('[project]/node_modules/')).length;
  return { total: ids.size, ours };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function startDev(dir: string, { writeCacheOnExit = false } = {}): Promise<DevStart> {
  const port = BENCH_PORTS.dev;
  const cacheAtStart = turbopackCacheBytes(dir);
  const started = performance.now();
  const child = spawn(process.execPath, [NEXT_BIN, 'dev', dir, '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      ...serverEnv('.bench/dev-start'),
      ...(writeCacheOnExit ? WRITE_CACHE_ON_EXIT : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    while (!/Ready in/.test(log)) {
      if (child.exitCode !== null) throw new Error(`next dev exited with ${child.exitCode}:\n${log}`);
      if (performance.now() - started > 180_000) throw new Error(`next dev was not ready in 3 minutes:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const readyMs = performance.now() - started;
    const response = await fetch(`http://127.0.0.1:${port}/`);
    await response.text();
    if (!response.ok) throw new Error(`The first / answered ${response.status}:\n${log}`);
    const firstPageMs = performance.now() - started - readyMs;
    await new Promise((resolve) => setTimeout(resolve, 300)); // Next logs the request line after answering
    const nextSays = /GET \/ 200 in [^\n]*/.exec(log)?.[0]?.trim() ?? '';
    return { readyMs, firstPageMs, nextSays, cacheAtStart };
  } finally {
    // As Ctrl+C stops it; once told to write the cache, the server takes its time (bounded here).
    await stopWithin(child, exited, STOP_WAIT_MS, () => log);
  }
}

export async function devStart(): Promise<Section> {
  const runs: Record<string, DevStart> = {};
  const modules: Record<string, { total: number; ours: number }> = {};
  // The bare App Router app is the floor: what any Next.js app pays, whatever its pages import.
  for (const [name, dir] of [
    ['bare', BARE_APP],
    ['app', APP],
  ] as const) {
    rmSync(join(dir, '.next/dev'), { recursive: true, force: true });
    runs[`${name} cold`] = await startDev(dir, { writeCacheOnExit: true });
    modules[name] = compiledModules(dir);
    runs[`${name} warm`] = await startDev(dir);
  }
  const row = (label: string, run: DevStart, compiled?: { total: number; ours: number }) => [
    label,
    hasCache(run) ? `${(run.cacheAtStart / 2 ** 20).toFixed(1)} MiB` : 'none',
    s(run.readyMs),
    s(run.firstPageMs),
    s(run.readyMs + run.firstPageMs),
    compiled ? `${compiled.total} (${compiled.ours} from the app's folders)` : '',
    run.nextSays,
  ];
  return {
    title: 'Development start',
    method:
      '`next dev` (Turbopack) from spawn until the first `GET /` has answered: cold, with no `.next/dev` (a fresh clone), then ' +
      'warm, with the cache Turbopack wrote as the cold run stopped (every later start); the bare App Router app ' +
      '(`bench/bare-app`) the same way first. Turbopack writes that cache by itself about five minutes into a session, and ' +
      "not when it is stopped sooner (on Ctrl+C `next dev` gives its server 100 ms), so the cold run is stopped as Next's own " +
      'warm-restart test stops it, with `__NEXT_DEV_WAIT_FOR_TURBOPACK_SHUTDOWN=1`: the server finishes writing the cache ' +
      "before it exits. One run each; the machine's load moves these figures a lot.",
    tables: [
      [
        ['start', "Turbopack's cache on disk", 'until Ready', 'first GET /', 'total', 'modules compiled', 'what Next logged for it'],
        row('bare App Router page, cold (floor)', runs['bare cold']!, modules.bare),
        row('bare App Router page, warm', runs['bare warm']!),
        row('this app, cold (no .next/dev)', runs['app cold']!, modules.app),
        row('this app, warm (the cache the cold run wrote)', runs['app warm']!),
      ],
    ],
    verdicts: [],
    notes: [
      `First GET / cold: ${s(runs['app cold']!.firstPageMs)} for this app against ${s(runs['bare cold']!.firstPageMs)} for the bare ` +
        'page; the difference is the cost of what / imports (the root layout, the dashboard and their modules).',
      `Modules compiled for it: ${modules.app!.total} against ${modules.bare!.total} (the bare app bundles this repository's ` +
        'instrumentation.ts too); the count does not depend on the load, the times do.',
      hasCache(runs['app warm']!)
        ? `First GET / warm: ${s(runs['app warm']!.firstPageMs)} against ${s(runs['app cold']!.firstPageMs)} cold ` +
          `(${(runs['app warm']!.firstPageMs / runs['app cold']!.firstPageMs).toFixed(2)}×): what Turbopack's cache saves, ` +
          'once a session has lasted long enough to write it.'
        : 'No cache was written when the cold run stopped (a Next.js that no longer honours the switch above?): the warm ' +
          'rows are second cold starts.',
    ],
  };
}
