import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SqliteSessionStore } from '../../lib/session/sqlite-store';
import type { SessionStore } from '../../lib/session/store';

export type StoreKind = 'sqlite' | 'redis';

/** The Redis store's source; benchmark processes import it compiled beside this file (see support/compile.ts). */
export const REDIS_STORE_SOURCE = fileURLToPath(
  new URL('../../lib/session/redis-store.ts', import.meta.url).href.replace('/.bench/build/', '/'),
);
const REDIS_STORE_MODULE = new URL(`../../lib/session/redis-store${import.meta.url.endsWith('.mjs') ? '.mjs' : '.ts'}`, import.meta.url);

/** Why Redis is not benchmarked on this machine, or null when it can be. */
export function redisUnavailable(): string | null {
  if (!existsSync(REDIS_STORE_SOURCE)) return 'lib/session/redis-store.ts does not exist on this branch yet';
  if (spawnSync('redis-server', ['--version']).status !== 0) return 'redis-server is not installed';
  return null;
}

/**
 * Opens the store a benchmark process measures: a SQLite file path, or a
 * redis:// URL. The Redis store is loaded only when it exists; if its
 * constructor differs from `new RedisSessionStore(url)`, adjust it here.
 */
export async function openStore(kind: StoreKind, target: string): Promise<SessionStore> {
  if (kind === 'sqlite') return new SqliteSessionStore(target);
  const redisModule = (await import(REDIS_STORE_MODULE.href)) as Record<string, unknown>;
  const factory = redisModule.createRedisSessionStore;
  if (typeof factory === 'function') return (await factory(target)) as SessionStore;
  const Store = redisModule.RedisSessionStore as { new (url: string): SessionStore; connect?: (url: string) => Promise<SessionStore> };
  if (typeof Store?.connect === 'function') return Store.connect(target);
  if (typeof Store === 'function') return new Store(target);
  throw new Error('lib/session/redis-store.ts exports neither createRedisSessionStore nor RedisSessionStore.');
}

/** One RESP command over a raw socket (enough for INFO and FLUSHALL). */
function redisCommand(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.on('data', (chunk) => {
      reply += chunk;
      // A bulk reply is `$<length>\r\n<data>\r\n`; anything else is one line.
      const bulk = /^\$(\d+)\r\n/.exec(reply);
      const complete = bulk ? Buffer.byteLength(reply) >= bulk[0].length + Number(bulk[1]) + 2 : reply.endsWith('\r\n');
      if (complete) {
        socket.end();
        resolve(reply);
      }
    });
    socket.on('error', reject);
    socket.write(`${command}\r\n`);
  });
}

export interface RedisServer {
  url: string;
  pid: number;
  usedMemoryBytes(): Promise<number>;
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/** A throwaway redis-server on loopback with persistence off, for the length of one benchmark. */
export async function startRedis(port: number): Promise<RedisServer> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await redisCommand(port, 'PING')).startsWith('+PONG')) break;
    } catch {
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port}.`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: child.pid!,
    async usedMemoryBytes() {
      const info = await redisCommand(port, 'INFO memory');
      return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? Number.NaN);
    },
    async flush() {
      await redisCommand(port, 'FLUSHALL');
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
