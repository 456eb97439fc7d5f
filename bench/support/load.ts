import autocannon, { type Result } from 'autocannon';
import { cpuTimeMs, pinToCpu } from './machine';
import { interleaveAll, median } from './stats';

/* Load on an HTTP endpoint the way every throughput benchmark here applies it. */

export const CONNECTIONS = 10;
export const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 20);
export const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 2);
/**
 * Before each measured run, the same requests for this long, unmeasured: what
 * the run before left on the server (its garbage, collected over the next
 * second or so) is paid for here. Without it, whichever endpoint followed the
 * stateless cookie's (1.3 ms and a 3 KB unseal per request) paid for that
 * one's garbage, and 20 rounds of session / health split by their order: 0.88
 * in one, 0.97 in the other.
 */
export const SETTLE_SECONDS = Number(process.env.BENCH_HTTP_SETTLE_SECONDS ?? 1);

/** The rounds, as the reports' methods describe them. */
export const ROUNDS_METHOD =
  `${ROUNDS} rounds of ${SECONDS} s each, every run after ${SETTLE_SECONDS} s of the same requests unmeasured ` +
  "(so the run before it has had its garbage collected on the server's time, not this one's)";

export interface LoadTarget {
  label: string;
  url: string;
  cookie: string;
  /** The server process that answers it, whose CPU time is read around each round. */
  pid: number;
}

export interface Measured {
  result: Result;
  /** The server's CPU time per request answered in this round, µs. */
  cpuPerRequestUs: number;
}

async function blast(target: LoadTarget, duration: number): Promise<Measured> {
  if (SETTLE_SECONDS > 0)
    await autocannon({ url: target.url, connections: CONNECTIONS, duration: SETTLE_SECONDS, headers: { cookie: target.cookie } });
  const before = cpuTimeMs(target.pid);
  const result = await autocannon({ url: target.url, connections: CONNECTIONS, duration, headers: { cookie: target.cookie } });
  const used = cpuTimeMs(target.pid) - before;
  // A benchmark of error pages measures nothing: every answer must be a 200.
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${target.url}: ${result.errors} connection errors and ${result.non2xx} non-2xx answers during the benchmark.`);
  }
  return { result, cpuPerRequestUs: (used * 1000) / result.requests.total };
}

/**
 * The app servers on CPU 0, this process (the load generator) and any helper
 * (redis-server) on CPU 1, so each server is the bottleneck of its own
 * rounds. Answers a line for the report's method.
 */
export function pinServers(serverPids: readonly number[], helperPids: readonly number[] = []): string {
  const pinned = serverPids.every((pid) => pinToCpu(pid, 0)) && [process.pid, ...helperPids].every((pid) => pinToCpu(pid, 1));
  return pinned
    ? 'The servers are pinned to CPU 0 and autocannon (with redis-server) to CPU 1, so a round measures the server, not the two competing for both cores.'
    : 'Nothing is pinned (one CPU, or no taskset): servers and autocannon share the cores.';
}

/** Every target warmed (JIT, route modules loaded), then `ROUNDS` rounds of `SECONDS` each, in alternating order. */
export async function measureRounds(targets: readonly LoadTarget[]): Promise<Measured[][]> {
  for (const target of targets) await blast(target, 2);
  return interleaveAll(
    ROUNDS,
    targets.map((target) => () => blast(target, SECONDS)),
  );
}

export const requestsPerSecond = (rounds: readonly Measured[]) => median(rounds.map((m) => m.result.requests.average));

export const cpuPerRequest = (rounds: readonly Measured[]) => median(rounds.map((m) => m.cpuPerRequestUs));

export const latency = (rounds: readonly Measured[], key: 'p50' | 'p99') => median(rounds.map((m) => m.result.latency[key]));

/** Each round ran its targets back to back, so a ratio within a round cancels the machine's drift. */
export const ratiosPerRound = (a: readonly Measured[], b: readonly Measured[]) =>
  a.map((m, i) => m.result.requests.average / b[i]!.result.requests.average);

/** The table row every throughput benchmark prints for a target. */
export function loadRow(label: string, rounds: readonly Measured[]): string[] {
  return [
    label,
    rounds.map((m) => m.result.requests.average.toFixed(0)).join(', '),
    requestsPerSecond(rounds).toFixed(0),
    `${cpuPerRequest(rounds).toFixed(0)} µs`,
    `${latency(rounds, 'p50')} / ${latency(rounds, 'p99')}`,
  ];
}

export const LOAD_HEADER = [
  'endpoint',
  'requests/s per round',
  'median requests/s',
  'server CPU per request (median)',
  'median latency p50 / p99 (ms)',
];
