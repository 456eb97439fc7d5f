import { rmSync } from 'node:fs';
import autocannon, { type Result } from 'autocannon';
import { spawnScript } from './support/child';
import { pinServers } from './support/load';
import { BENCH_PORTS } from './support/ports';
import { atLeast, atMost, type Verdict } from './support/report';
import { median } from './support/stats';
import { SWEEP_BUDGET } from '../lib/session/sweeper';

/** Sweeping 100 k expired sessions while serving session reads, against serving alone (A B A B). */
const ROUNDS = Number(process.env.BENCH_SWEEP_ROUNDS ?? 5);
const EXPIRED = 100_000;
const STALL_BUDGET_MS = 50;
/** Reads served per second while sweeping, against serving alone. */
const THROUGHPUT_FLOOR = 0.7;
const SERVER = new URL('./store/sweep-server.ts', import.meta.url);

interface Window {
  swept: number;
  durationMs: number;
  maxStallMs: number;
  p99StallMs: number;
  /** The event loop's busy share over the window, and its busy time per read served. */
  busyShare: number;
  busyUsPerRead: number;
  /** The longest single read (load and touch) and garbage-collection pause in the window. */
  longestReadMs: number;
  longestGcMs: number;
}

export async function sweepUnderLoad(liveSessions: number) {
  const port = BENCH_PORTS.sweepServer;
  const path = '.bench/store/sweep.db';
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  console.log(`  sweep: adding ${liveSessions} live sessions, then ${ROUNDS} × ${EXPIRED} expired ones ...`);
  const child = spawnScript(SERVER, ['sqlite', path, String(liveSessions), String(port)]);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('"ready"') && resolve());
    child.once('exit', (code) => reject(new Error(`sweep-server exited with ${code}`)));
  });
  // As in the HTTP benchmarks: the server (its worker thread too) on one CPU and autocannon on the other, so the
  // sweep's worker takes its time from the thread that serves, as it would on a server running one process per core.
  const pinning = pinServers([child.pid!]);
  const base = `http://127.0.0.1:${port}`;
  const post = async <T>(path: string) => (await (await fetch(`${base}${path}`, { method: 'POST' })).json()) as T;

  /** One window of the event loop under a steady load of session reads. */
  async function underLoad(path: string): Promise<{ window: Window; load: Result }> {
    const load = autocannon({ url: `${base}/session`, connections: 10, duration: 120 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const window = await post<Window>(path);
    load.stop();
    return { window, load: await load };
  }

  const serving: { window: Window; load: Result }[] = [];
  const sweeping: { window: Window; load: Result }[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      await post(`/expire?count=${EXPIRED}`);
      const lastSweep = sweeping.at(-1)?.window.durationMs ?? 2000;
      serving.push(await underLoad(`/window?ms=${Math.round(lastSweep)}`));
      const swept = await underLoad('/window?sweep=1');
      if (swept.window.swept !== EXPIRED) throw new Error(`The sweep deleted ${swept.window.swept} sessions, expected ${EXPIRED}.`);
      sweeping.push(swept);
    }
  } finally {
    await fetch(`${base}/stop`, { method: 'POST' }).catch(() => undefined);
    await exited;
  }

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const row = (label: string, runs: { window: Window; load: Result }[]) => [
    label,
    runs.map((r) => ms(r.window.maxStallMs)).join(', '),
    ms(median(runs.map((r) => r.window.maxStallMs))),
    ms(median(runs.map((r) => r.window.p99StallMs))),
    ms(median(runs.map((r) => r.window.durationMs))),
    `${median(runs.map((r) => r.load.requests.average)).toFixed(0)} req/s, max ${median(runs.map((r) => r.load.latency.max))} ms`,
    `${(median(runs.map((r) => r.window.busyShare)) * 100).toFixed(0)}%, ${median(runs.map((r) => r.window.busyUsPerRead)).toFixed(0)} µs per read`,
    `${ms(median(runs.map((r) => r.window.longestReadMs)))} / ${ms(median(runs.map((r) => r.window.longestGcMs)))}`,
  ];
  // "No stall over 50 ms": the worst sweeping round decides, not a typical one.
  const stall = Math.max(...sweeping.map((r) => r.window.maxStallMs));
  // Rounds pair up (A then B, same round): the ratio of the medians of reads per second.
  const rate = (runs: { load: Result }[]) => median(runs.map((r) => r.load.requests.average));
  const throughput = rate(sweeping) / rate(serving);
  const verdicts: Verdict[] = [
    {
      benchmark: `longest event-loop stall while sweeping ${EXPIRED / 1000} k expired sessions (worst of ${ROUNDS} rounds)`,
      figure: ms(stall),
      floor: `${STALL_BUDGET_MS} ms (budget); serving alone, worst round: ${ms(Math.max(...serving.map((r) => r.window.maxStallMs)))}`,
      ...atMost(stall / STALL_BUDGET_MS, 1),
    },
    {
      benchmark: `reads served while sweeping ${EXPIRED / 1000} k expired sessions, against serving alone (medians of ${ROUNDS} rounds)`,
      figure: `${rate(sweeping).toFixed(0)} req/s`,
      floor: `${rate(serving).toFixed(0)} req/s serving alone`,
      ...atLeast(throughput, THROUGHPUT_FLOOR),
    },
  ];
  const table = [
    [
      'window (SQLite, 100 k live sessions, 10 connections reading them)',
      'longest stall per round',
      'median longest stall',
      'median p99 stall',
      'median window',
      'reads served (median)',
      'event loop busy (median)',
      'longest read / GC pause (median)',
    ],
    row('serving only (A, floor)', serving),
    row(`serving + sweeping ${EXPIRED.toLocaleString('en-US')} expired (B)`, sweeping),
  ];
  const notes = [
    `Sweep: the app's own sweepExpired() with its default budget (slices of ${SWEEP_BUDGET.sliceMs} ms of work, ${SWEEP_BUDGET.share * 100}% of the time, batches sized to the slice), in the process that serves the reads; as in the app, the SQLite store runs each batch on its second connection, in a worker thread, and the budget counts the worker's time; stalls measured with perf_hooks.monitorEventLoopDelay (1 ms resolution). Event loop busy: its utilization over the window (perf_hooks.eventLoopUtilization), and that busy time divided by the reads it served, the sweep's own work on the event loop (its rows, its events) included. Longest read: one session's load and touch, as the server awaited it; SQLite's calls are synchronous, so this is time the event loop could not serve anything else (the touch itself is written in the worker, unawaited). Longest GC pause: from perf_hooks' gc entries. A stall longer than both is the event loop's other work, or the host taking the CPU away.`,
    pinning,
  ];
  return { table, verdicts, notes };
}
