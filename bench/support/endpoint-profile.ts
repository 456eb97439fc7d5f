import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { startServer, type RunningServer } from '../../e2e/support/server';
import {
  cpuByGroup,
  cpuWithin,
  formatUs,
  profileClock,
  profileTable,
  readProfile,
  signedUs,
  type CpuGroup,
  type TimeWindow,
} from './cpu-profile';
import { CONNECTIONS, pinServers } from './load';
import { threadCpuMs, type ThreadCpu } from './machine';

/** What one endpoint cost per request, in µs, under the profiler. */
export interface EndpointProfile {
  /** The main thread's JavaScript, from V8's samples, by group. */
  groups: Map<CpuGroup, number>;
  /** Every thread, from the kernel's accounting. */
  threads: ThreadCpu;
  /** The main thread's time in functions from files matching `inclusiveOf`, and what they called (only when asked). */
  inclusive?: number;
}

export interface ProfileOptions {
  port: number;
  /** Where the server keeps its data and V8 writes its profile; emptied first. */
  dir: string;
  /** Requests per endpoint, split into `bursts`. */
  requests: number;
  bursts: number;
  /** Signs a visitor in on the fresh server and answers the Cookie header every request carries. */
  cookieFor(server: RunningServer): Promise<string>;
  /** Source files whose functions' inclusive time is wanted (cpuWithin), e.g. /(^|\/)lib\/wire\//. */
  inclusiveOf?: RegExp;
}

/**
 * Where each endpoint's time goes, on one server: a fresh SQLite server under
 * V8's sampling profiler, pinned to CPU 0 as the measured servers are, is sent
 * the endpoints' requests in short bursts, taking turns. One process serves
 * all of them, so they share its JIT and GC state, and the machine's drift
 * falls on each alike; two processes differed from each other by more than
 * the difference we look for. A sample counts for an endpoint only if it was
 * taken during that endpoint's own bursts.
 */
export async function profileEndpoints(paths: readonly string[], options: ProfileOptions): Promise<EndpointProfile[]> {
  const profileDir = resolve(options.dir, 'profile');
  rmSync(options.dir, { recursive: true, force: true });
  const server = await startServer({
    port: options.port,
    dataDir: resolve(options.dir, 'data'),
    fresh: true,
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
  });
  const requests = paths.map(() => 0);
  const windows = paths.map((): TimeWindow[] => []);
  const threads = paths.map((): ThreadCpu => ({ mainUser: 0, mainSystem: 0, others: 0 }));
  try {
    pinServers([server.pid]);
    const cookie = await options.cookieFor(server);
    const load = (path: string, amount: number) =>
      autocannon({ url: `${server.url}${path}`, connections: CONNECTIONS, amount, headers: { cookie } });
    for (const path of paths) await load(path, 2000);
    const perBurst = Math.ceil(options.requests / options.bursts);
    for (let burst = 0; burst < options.bursts; burst++) {
      const order = burst % 2 === 0 ? [...paths.keys()] : [...paths.keys()].reverse();
      for (const i of order) {
        const before = threadCpuMs(server.pid);
        const from = profileClock();
        const result = await load(paths[i]!, perBurst);
        windows[i]!.push({ from, to: profileClock() });
        const after = threadCpuMs(server.pid);
        if (result.non2xx > 0 || result.errors > 0)
          throw new Error(`${paths[i]}: ${result.non2xx + result.errors} failed requests while profiling.`);
        requests[i]! += result.requests.total;
        for (const key of ['mainUser', 'mainSystem', 'others'] as const) threads[i]![key] += after[key] - before[key];
      }
    }
  } finally {
    await server.stop();
  }
  const profile = readProfile(profileDir);
  return paths.map((_, i) => {
    const perRequest = (ms: number) => (ms * 1000) / requests[i]!;
    const groups = new Map<CpuGroup, number>();
    for (const [group, us] of cpuByGroup(profile, windows[i]!)) groups.set(group, us / requests[i]!);
    const { mainUser, mainSystem, others } = threads[i]!;
    return {
      groups,
      threads: { mainUser: perRequest(mainUser), mainSystem: perRequest(mainSystem), others: perRequest(others) },
      inclusive: options.inclusiveOf && cpuWithin(profile, windows[i]!, options.inclusiveOf) / requests[i]!,
    };
  });
}

/**
 * Two endpoints' profiles side by side: the main thread's JavaScript by group
 * (V8's samples), then every thread's CPU as the kernel counted it, which
 * includes what the samples cannot see (system calls, V8's helper threads).
 */
export function endpointProfileTable([nameA, a]: [string, EndpointProfile], [nameB, b]: [string, EndpointProfile]): string[][] {
  const row = (label: string, key: keyof ThreadCpu) => [
    label,
    formatUs(a.threads[key]),
    formatUs(b.threads[key]),
    signedUs(a.threads[key] - b.threads[key]),
  ];
  return [
    ...profileTable([nameA, a.groups], [nameB, b.groups]),
    row('by thread, as the kernel counts it (/proc): main thread, user time', 'mainUser'),
    row("main thread, system time (the kernel's work for it: sockets, SQLite's file locks)", 'mainSystem'),
    row("other threads (V8's garbage collection and compiler helpers, libuv's pool)", 'others'),
  ];
}
