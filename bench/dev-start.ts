import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { serverEnv } from '../e2e/support/server';
import { BENCH_PORTS } from './support/ports';
import type { Section } from './support/report';

/**
 * `npm run dev` until the first `/` is on screen: once with no development
 * build at all (a fresh clone), once again with the cache the first run left
 * (every later start). `next dev` writes to .next/dev, apart from `next build`.
 */
const DEV_DIR = '.next/dev';
const NEXT_BIN = 'node_modules/next/dist/bin/next';

interface DevStart {
  /** From spawn to "Ready" (the server listens). */
  readyMs: number;
  /** The first GET / (compiles the page and everything it imports, then renders). */
  firstPageMs: number;
  /** What Next printed about compiling /, e.g. "GET / 200 in 17.8s (compile: 16.1s, render: 1.7s)". */
  nextSays: string;
}

async function startDev(): Promise<DevStart> {
  const port = BENCH_PORTS.dev;
  const started = performance.now();
  const child = spawn(process.execPath, [NEXT_BIN, 'dev', '-p', String(port), '-H', '127.0.0.1'], {
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
  rmSync(DEV_DIR, { recursive: true, force: true });
  const cold = await startDev();
  const warm = await startDev();
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const row = (label: string, run: DevStart) => [label, s(run.readyMs), s(run.firstPageMs), s(run.readyMs + run.firstPageMs), run.nextSays];
  return {
    title: 'Development start',
    method:
      '`next dev` (Turbopack) from spawn until the first `GET /` has answered: cold, with no `.next/dev` (a fresh clone), then ' +
      "again with the cache the cold run left. One run each; the machine's load moves these figures a lot.",
    tables: [
      [
        ['start', 'until Ready', 'first GET /', 'total', 'what Next logged for it'],
        row('cold (no .next/dev)', cold),
        row('warm (cache of the cold run)', warm),
      ],
    ],
    verdicts: [],
    notes: [],
  };
}
