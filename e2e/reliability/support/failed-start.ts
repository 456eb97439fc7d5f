import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serverEnv } from '../../support/server';

export interface Exit {
  code: number | null;
  output: string;
  /** How long the process lived. */
  ms: number;
}

/**
 * Starts `next start` the way the tests' startServer does, for a server that
 * is expected to refuse to start: resolves with its exit once it ends, or
 * rejects if it is still running after `timeoutMs` (a hang or a restart loop).
 */
export function startExpectingExit(options: {
  port: number;
  dataDir: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<Exit> {
  mkdirSync(options.dataDir, { recursive: true });
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [resolve('node_modules/next/dist/bin/next'), 'start', '-p', String(options.port), '-H', '127.0.0.1'],
    {
      env: { ...process.env, NODE_ENV: 'production', ...serverEnv(options.dataDir, options.env) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server was still running after ${options.timeoutMs ?? 30_000} ms:\n${output}`));
    }, options.timeoutMs ?? 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output, ms: Date.now() - started });
    });
  });
}
