import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serverEnv } from '../e2e/support/server';
import { BENCH_PORTS } from './support/ports';
import type { Section } from './support/report';

/**
 * `npm run dev` until the first `/` is on screen: once with no development
 * build at all (a fresh clone), once again with the cache the first run left
 * (every later start). `next dev` writes to .next/dev, apart from `next build`.
 */
const APP = '.';
const BARE_APP = 'bench/bare-app';
const NEXT_BIN = 'node_modules/next/dist/bin/next';

interface DevStart {
  /** From spawn to "Ready" (the server listens). */
  readyMs: number;
  /** The first GET / (compiles the page and everything it imports, then renders). */
  firstPageMs: number;
  /** What Next printed about compiling /, e.g. "GET / 200 in 17.8s (compile: 16.1s, render: 1.7s)". */
  nextSays: string;
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

async function startDev(dir: string): Promise<DevStart> {
  const port = BENCH_PORTS.dev;
  const started = performance.now();
  const child = spawn(process.execPath, [NEXT_BIN, 'dev', dir, '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'development', ...serverEnv('.bench/dev-start') },
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
    return { readyMs, firstPageMs, nextSays };
  } finally {
    child.kill('SIGTERM');
    await exited;
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
    runs[`${name} cold`] = await startDev(dir);
    modules[name] = compiledModules(dir);
    runs[`${name} warm`] = await startDev(dir);
  }
  const row = (label: string, run: DevStart, compiled?: { total: number; ours: number }) => [
    label,
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
      'again with the cache the cold run left; the bare App Router app (`bench/bare-app`) the same way first. One run each; ' +
      "the machine's load moves these figures a lot.",
    tables: [
      [
        ['start', 'until Ready', 'first GET /', 'total', 'modules compiled', 'what Next logged for it'],
        row('bare App Router page, cold (floor)', runs['bare cold']!, modules.bare),
        row('bare App Router page, warm', runs['bare warm']!),
        row('this app, cold (no .next/dev)', runs['app cold']!, modules.app),
        row('this app, warm (cache of the cold run)', runs['app warm']!),
      ],
    ],
    verdicts: [],
    notes: [
      `First GET / cold: ${s(runs['app cold']!.firstPageMs)} for this app against ${s(runs['bare cold']!.firstPageMs)} for the bare ` +
        'page; the difference is the cost of what / imports (the root layout, the dashboard and their modules).',
      `Modules compiled for it: ${modules.app!.total} against ${modules.bare!.total} (the bare app bundles this repository's ` +
        'instrumentation.ts too); the count does not depend on the load, the times do.',
    ],
  };
}
