import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian puts it; `.ci/run` installs the package. REDIS_SERVER overrides. */
const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';

export interface RunningRedis {
  url: string;
  port: number;
  /** Ends Redis abruptly (SIGKILL), as in a crash or a lost host. */
  kill(): Promise<void>;
  /** Freezes it (SIGSTOP): connections stay open and nothing answers, as with a hung server. */
  pause(): void;
  resume(): void;
  /** Starts it again on the same port (empty: tests run it without persistence). */
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  stop(): Promise<void>;
}

/** A free loopback port, as the OS hands them out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts redis-server with `args` and resolves once it accepts connections,
 * or rejects with its log (10 s at most). `name` says which one in errors.
 */
export function launchRedis(args: string[], name = 'redis-server'): Promise<ChildProcess> {
  const child = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${name} did not start within 10 s:\n${log}`)), 10_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.on('error', (error) => fail(new Error(`Cannot run ${REDIS_SERVER} (install Debian's redis-server): ${error.message}`)));
    const onExit = (code: number | null) => fail(new Error(`${name} exited with ${code}:\n${log}`));
    child.once('exit', onExit);
    const onData = (chunk: Buffer) => {
      log += chunk;
      if (!log.includes('Ready to accept connections')) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.stdout?.off('data', onData);
      child.stdout?.resume(); // keep draining its log
      resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk) => (log += chunk));
  });
}

/** Sends `signal` and waits for the process to exit (at once if it already has). */
export function endProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

const launch = (port: number, dir: string) =>
  launchRedis(['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir]);

/** Starts a private redis-server on a free loopback port, without persistence. */
export async function startRedis(): Promise<RunningRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'session-lab-redis-'));
  let child = await launch(port, dir);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => endProcess(child, 'SIGKILL'),
    pause: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
    restart: async () => {
      await endProcess(child, 'SIGKILL');
      child = await launch(port, dir);
    },
    stop: async () => {
      child.kill('SIGCONT');
      await endProcess(child, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
