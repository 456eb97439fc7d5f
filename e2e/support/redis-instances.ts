import { expect, type APIRequestContext } from '@playwright/test';
import { startRedis, type RunningRedis } from '../../tests/support/redis-server';
import { startServer, testPort, type RunningServer } from './server';

/**
 * Two `next start` instances (A and B) on one private redis-server, as behind
 * a load balancer. Cookies do not care about ports, so one browser context
 * sends the same session cookie to both, just as it would through a balancer.
 * Each instance names itself in X-Served-By (INSTANCE_NAME).
 */
export interface RedisInstances {
  redis: RunningRedis;
  a: RunningServer;
  b: RunningServer;
  /** Stops both instances, then Redis. */
  stop(): Promise<void>;
}

/** One more instance on `redis`, e.g. one started after the others. */
export function startInstance(
  redis: RunningRedis,
  options: { name: string; port: number; dataDir: string; env?: Record<string, string> },
): Promise<RunningServer> {
  return startServer({
    port: options.port,
    dataDir: options.dataDir,
    fresh: true,
    env: { REDIS_URL: redis.url, INSTANCE_NAME: options.name, ...options.env },
  });
}

/**
 * Starts Redis, then instance-a on `testPort(ports[0])` and instance-b on
 * `testPort(ports[1])`, each with a fresh data folder `${dataDir}-a`/`-b`.
 */
export async function startRedisInstances(options: {
  ports: [number, number];
  dataDir: string;
  env?: Record<string, string>;
}): Promise<RedisInstances> {
  const redis = await startRedis();
  const instance = (name: 'a' | 'b', offset: number) =>
    startInstance(redis, { name: `instance-${name}`, port: testPort(offset), dataDir: `${options.dataDir}-${name}`, env: options.env });
  const started = await Promise.allSettled([instance('a', options.ports[0]), instance('b', options.ports[1])]);
  const [a, b] = started.map((result) => (result.status === 'fulfilled' ? result.value : undefined));
  if (!a || !b) {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis.stop();
    throw started.find((result) => result.status === 'rejected')!.reason;
  }
  return {
    redis,
    a,
    b,
    stop: async () => {
      await Promise.all([a.stop(), b.stop()]);
      await redis.stop();
    },
  };
}

export interface InstanceSession {
  /** Which instance answered (X-Served-By). */
  servedBy: string | undefined;
  id: string;
  isNew: boolean;
  maxInactiveInterval: number;
  attributes: { csrfToken: string; userId?: string; role?: string; [name: string]: unknown };
}

/** The request context's session as `server` reads it (GET /api/session; a first call starts one). */
export async function sessionOn(request: APIRequestContext, server: RunningServer): Promise<InstanceSession> {
  const response = await request.get(`${server.url}/api/session`);
  expect(response.status()).toBe(200);
  return { servedBy: response.headers()['x-served-by'], ...(await response.json()).session };
}
