import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The secret every test server seals cookies with; tests use it to open them. */
export const TEST_SECRET = 'e2e-secret-e2e-secret-e2e-secret-e2e-secret';
/** Each checkout can run its suite beside another by choosing another base port. */
export const BASE_PORT = Number(process.env.E2E_BASE_PORT ?? 3100);
export const MAIN_PORT = BASE_PORT;
/** A port of the block reserved for this run: the main server is +0, tests that start their own use +1 to +29 (each spec its own offset; the bench takes +30 to +39). */
export function testPort(offset: number): number {
  return BASE_PORT + offset;
}

const NEXT_BIN = resolve('node_modules/next/dist/bin/next');

/**
 * Every test runs from 127.0.0.1, so the test servers trust X-Forwarded-For
 * (TRUST_PROXY=1: the test client plays the proxy) and let one address start
 * many sessions: a test that needs its own login budget sends its own address.
 * A login may wait up to a minute for a hashing slot: on a busy machine each
 * hash takes seconds, and a 503 there would be the machine's load, not a bug.
 * e2e/client-limits.spec.ts starts servers with the defaults.
 */
export const TEST_LIMITS = { TRUST_PROXY: '1', SESSION_CREATE_LIMIT: '1000000', LOGIN_HASH_WAIT_MS: '60000' };

export function serverEnv(dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NEXT_TELEMETRY_DISABLED: '1',
    ...TEST_LIMITS,
    SESSION_SECRET: TEST_SECRET,
    SESSION_DATA_DIR: dataDir,
    SESSION_SQLITE_PATH: join(dataDir, 'sessions.db'),
    ...extra,
  };
}

export interface RunningServer {
  url: string;
  port: number;
  /** The server's process ID (the benchmarks read its CPU time). */
  pid: number;
  /** Ends the process abruptly (SIGKILL): no cleanup, as in a crash. */
  kill(): Promise<void>;
  /**
   * Asks the process to end (SIGTERM) and waits for it to exit. A server still
   * running after `STOP_WAIT_MS` is killed and the call fails with its output:
   * a hang fails where it happens, with the port freed for the next test.
   */
  stop(): Promise<void>;
  output(): string;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Server at ${url} was not healthy within ${timeoutMs} ms:\n${output()}`);
}

/** How long stop() waits for `next start` to exit after SIGTERM (about 3 s with a stream open; see lib/http/shutdown.ts). */
const STOP_WAIT_MS = 30_000;

/** The processes `pid` started, and theirs (Linux). */
function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    // already gone
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/**
 * SIGTERM, then waits up to `waitMs` for the exit. Past that, the process and
 * every process it started are killed (`next dev`'s server would otherwise
 * keep the port) and the call fails with its output: a hang fails where it
 * happens, with the port freed for whatever starts next.
 */
export async function stopWithin(child: ChildProcess, exited: Promise<void>, waitMs: number, output: () => string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      for (const pid of [...descendants(child.pid!), child.pid!]) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      reject(new Error(`Still running ${waitMs} ms after SIGTERM:\n${output()}`));
    }, waitMs);
  });
  try {
    await Promise.race([exited, hung]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the built app (`next start`) on a loopback port with its own data folder. */
export async function startServer(options: {
  port: number;
  dataDir: string;
  env?: Record<string, string>;
  fresh?: boolean;
  /** Flags for Node itself (e.g. --cpu-prof), which NODE_OPTIONS may not carry. */
  nodeArgs?: string[];
}): Promise<RunningServer> {
  if (options.fresh) rmSync(options.dataDir, { recursive: true, force: true });
  mkdirSync(options.dataDir, { recursive: true });
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), NEXT_BIN, 'start', '-p', String(options.port), '-H', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', ...serverEnv(options.dataDir, options.env) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  await waitForHealth(url, child, () => log);
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const stop = () => stopWithin(child, exited, STOP_WAIT_MS, () => log);
  return { url, port: options.port, pid: child.pid!, kill: () => end('SIGKILL'), stop, output: () => log };
}
