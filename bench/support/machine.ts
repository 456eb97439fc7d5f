import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem, freemem, loadavg, platform, release } from 'node:os';

/** What the numbers ran on: they mean little without it. */
export function describeMachine(): string[][] {
  const cores = cpus();
  const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  return [
    ['property', 'value'],
    ['date', new Date().toISOString()],
    ['cpu', `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown'}`],
    ['memory', `${gib(totalmem())} total, ${gib(freemem())} free at start`],
    [
      'load average at start (1 / 5 / 15 min)',
      loadavg()
        .map((l) => l.toFixed(2))
        .join(' / '),
    ],
    ['CPU pressure at start', cpuPressure()],
    ['os', `${platform()} ${release()}`],
    ['node', process.version],
  ];
}

/**
 * Linux's pressure-stall figure: the share of the last minute in which some
 * runnable task waited for a CPU. Other work on a shared machine shows here,
 * and it moves tail latencies more than anything the app does.
 */
export function cpuPressure(): string {
  try {
    const line = readFileSync('/proc/pressure/cpu', 'utf8').split('\n')[0] ?? '';
    const avg60 = /avg60=([\d.]+)/.exec(line)?.[1];
    return avg60 ? `${avg60} % of the last minute some task waited for a CPU (/proc/pressure/cpu)` : 'unknown';
  } catch {
    return 'unknown (no /proc/pressure/cpu)';
  }
}

/**
 * Pins a process, every thread of it, to one CPU (Linux's taskset). The HTTP
 * benchmarks put the server on one core and the load generator on the other,
 * so what they measure is the server's own work: sharing both cores, a larger
 * response also slows the client, which then sends fewer requests. False
 * (nothing pinned) on a one-CPU machine or without taskset.
 */
export function pinToCpu(pid: number, cpu: number): boolean {
  if (cpus().length < 2) return false;
  return spawnSync('taskset', ['--all-tasks', '--cpu-list', '--pid', String(cpu), String(pid)], { stdio: 'ignore' }).status === 0;
}

/** The CPUs this process may run on as it started (Linux's Cpus_allowed_list, e.g. `0-1`); null where /proc has none. */
const STARTING_CPUS = (() => {
  try {
    return /^Cpus_allowed_list:\s*(\S+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? null;
  } catch {
    return null;
  }
})();

/**
 * Gives this process back the CPUs it started with, undoing pinToCpu. The
 * HTTP benchmarks pin the runner itself (autocannon runs in it), and every
 * process it starts afterwards inherits that: in a full run the Lighthouse
 * pages, their server and Chromium, and the store benchmarks ran on one CPU
 * of two. The runner calls this before each benchmark.
 */
export function unpinSelf(): void {
  if (STARTING_CPUS === null || cpus().length < 2) return;
  spawnSync('taskset', ['--all-tasks', '--cpu-list', '--pid', STARTING_CPUS, String(process.pid)], { stdio: 'ignore' });
}

const CLOCK_TICKS_PER_SECOND = 100;

/** User and system CPU time, in ms, from a /proc stat file (a process's or one thread's). */
function statCpuMs(path: string): { user: number; system: number } {
  const stat = readFileSync(path, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ms = (ticks: string | undefined) => (Number(ticks) * 1000) / CLOCK_TICKS_PER_SECOND;
  return { user: ms(fields[11]), system: ms(fields[12]) };
}

/** CPU time a process has used so far (user + system, every thread), in ms, from /proc/<pid>/stat. */
export function cpuTimeMs(pid: number): number {
  const { user, system } = statCpuMs(`/proc/${pid}/stat`);
  return user + system;
}

export interface ThreadCpu {
  /** The main thread's (JavaScript's) user and system time. */
  mainUser: number;
  mainSystem: number;
  /** Every other thread's together: libuv's pool, V8's compiler and GC helpers, workers. */
  others: number;
}

/**
 * CPU time so far by thread, in ms, from /proc/<pid>/task/<tid>/stat: a V8
 * profile sees only the main thread's JavaScript, this sees all of them, and
 * the kernel's work for each (system time).
 */
export function threadCpuMs(pid: number): ThreadCpu {
  const main = statCpuMs(`/proc/${pid}/task/${pid}/stat`);
  const all = statCpuMs(`/proc/${pid}/stat`);
  return { mainUser: main.user, mainSystem: main.system, others: all.user + all.system - main.user - main.system };
}
