import { z } from 'zod';
import { redisTarget, type RedisTarget } from '../session/redis-target';

/** A setting is wrong: the message names the variable and what it needs. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const seconds = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_SECRET_PREVIOUS: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_STORE: z.enum(['sqlite', 'redis']).optional(),
  // redis://host:port, or redis+cluster://host:port,host:port for a Redis Cluster.
  REDIS_URL: z.union([z.url(), z.string().regex(/^redis\+cluster:\/\/[^\s]+$/)]).optional(),
  // host:port,host:port: some nodes of a Redis Cluster (the rest are found from them).
  REDIS_CLUSTER_NODES: z.string().max(2000).optional(),
  SESSION_SQLITE_PATH: z.string().min(1).default('data/sessions.db'),
  // OWASP: 15-30 minutes idle and 4-8 hours absolute for a low-risk app.
  SESSION_IDLE_TIMEOUT: seconds(1800, 10, 86_400),
  SESSION_ABSOLUTE_TIMEOUT: seconds(28_800, 60, 30 * 86_400),
  SESSION_SWEEP_INTERVAL: seconds(60, 1, 86_400),
  // Sudo mode: how long after the password was typed sensitive actions are allowed.
  SESSION_REAUTH_WINDOW: seconds(300, 5, 86_400),
  SESSION_COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  SESSION_DATA_DIR: z.string().min(1).default('data'),
  // Goes into the X-Served-By header, so it must be a plain token.
  INSTANCE_NAME: z
    .string()
    .regex(/^[A-Za-z0-9._:@-]{1,64}$/, 'must be 1 to 64 letters, digits or . _ : @ -')
    .optional(),
  // Like Express's `trust proxy` as a hop count: how many reverse proxies of
  // ours stand in front. 0: the socket's address is the client's.
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  // New sessions one client address may create per minute (cookie-less bots make one per request).
  SESSION_CREATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(60),
  // Password hashes (128 MiB of memory each) running at once, across every instance on one store.
  LOGIN_HASH_LIMIT: z.coerce.number().int().min(1).max(64).default(2),
  // How long a login waits for one of those before it gets 503 with Retry-After.
  LOGIN_HASH_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(10_000),
  // The wire view's recording of every request (lib/wire/): on by default; `off` skips it entirely.
  WIRE_RECORDING: z.enum(['on', 'off']).default('on'),
});

export interface AppConfig {
  production: boolean;
  secret?: string;
  previousSecret?: string;
  store: 'sqlite' | 'redis';
  redisUrl?: string;
  /** Where the Redis store lives: one server (a URL) or a cluster's nodes. */
  redis?: RedisTarget;
  redisCluster: boolean;
  sqlitePath: string;
  idleTimeout: number;
  absoluteTimeout: number;
  sweepIntervalMs: number;
  /** Sensitive actions need the password typed within this many seconds. */
  reauthWindow: number;
  /** Secure cookies (and the __Host- prefix): on in production unless turned off. */
  secureCookies: boolean;
  dataDir: string;
  /** Which app instance this process is (X-Served-By), when several share one Redis; null: no header. */
  instanceName: string | null;
  /** How many reverse proxies of ours to trust in X-Forwarded-For (0: none, the socket's address counts). */
  trustProxy: number;
  /** New sessions per client address per minute. */
  sessionCreateLimit: number;
  /** Password hashes at once, shared by every instance (each takes 128 MiB). */
  loginHashLimit: number;
  loginHashWaitMs: number;
  /** Record each request for the wire view (WIRE_RECORDING=off: no recording, the view says so). */
  wireRecording: boolean;
}

/** Reads the environment once; a wrong value stops the app with a message that names it. */
export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // Empty strings in .env files mean "not set".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}.`);
  }
  const c = parsed.data;
  let redis: RedisTarget | null;
  try {
    redis = redisTarget(c.REDIS_URL, c.REDIS_CLUSTER_NODES);
  } catch (error) {
    throw new ConfigError(`Invalid configuration: REDIS_CLUSTER_NODES ${(error as Error).message}`);
  }
  if (c.SESSION_STORE === 'redis' && !redis) {
    throw new ConfigError('SESSION_STORE=redis needs REDIS_URL, e.g. redis://127.0.0.1:6379 (or REDIS_CLUSTER_NODES for a cluster).');
  }
  const production = c.NODE_ENV === 'production';
  return {
    production,
    secret: c.SESSION_SECRET,
    previousSecret: c.SESSION_SECRET_PREVIOUS,
    store: c.SESSION_STORE ?? (redis ? 'redis' : 'sqlite'),
    redisUrl: c.REDIS_URL,
    redis: redis ?? undefined,
    redisCluster: typeof redis === 'object' && redis !== null,
    sqlitePath: c.SESSION_SQLITE_PATH,
    idleTimeout: c.SESSION_IDLE_TIMEOUT,
    absoluteTimeout: c.SESSION_ABSOLUTE_TIMEOUT,
    sweepIntervalMs: c.SESSION_SWEEP_INTERVAL * 1000,
    reauthWindow: c.SESSION_REAUTH_WINDOW,
    secureCookies: c.SESSION_COOKIE_SECURE ? c.SESSION_COOKIE_SECURE === 'true' : production,
    dataDir: c.SESSION_DATA_DIR,
    instanceName: c.INSTANCE_NAME ?? null,
    trustProxy: c.TRUST_PROXY,
    sessionCreateLimit: c.SESSION_CREATE_LIMIT,
    loginHashLimit: c.LOGIN_HASH_LIMIT,
    loginHashWaitMs: c.LOGIN_HASH_WAIT_MS,
    wireRecording: c.WIRE_RECORDING === 'on',
  };
}
