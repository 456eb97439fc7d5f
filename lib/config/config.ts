import { hostname } from 'node:os';
import { z } from 'zod';

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
  REDIS_URL: z.url().optional(),
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
  // Set by `next start -p`; only used for the default instance name.
  PORT: z.coerce.number().int().min(1).max(65_535).optional(),
});

export interface AppConfig {
  production: boolean;
  secret?: string;
  previousSecret?: string;
  store: 'sqlite' | 'redis';
  redisUrl?: string;
  sqlitePath: string;
  idleTimeout: number;
  absoluteTimeout: number;
  sweepIntervalMs: number;
  /** Sensitive actions need the password typed within this many seconds. */
  reauthWindow: number;
  /** Secure cookies (and the __Host- prefix): on in production unless turned off. */
  secureCookies: boolean;
  dataDir: string;
  /** Which app instance this process is (X-Served-By), when several share one Redis. */
  instanceName: string;
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
  if (c.SESSION_STORE === 'redis' && !c.REDIS_URL) {
    throw new ConfigError('SESSION_STORE=redis needs REDIS_URL, e.g. redis://127.0.0.1:6379.');
  }
  const production = c.NODE_ENV === 'production';
  return {
    production,
    secret: c.SESSION_SECRET,
    previousSecret: c.SESSION_SECRET_PREVIOUS,
    store: c.SESSION_STORE ?? (c.REDIS_URL ? 'redis' : 'sqlite'),
    redisUrl: c.REDIS_URL,
    sqlitePath: c.SESSION_SQLITE_PATH,
    idleTimeout: c.SESSION_IDLE_TIMEOUT,
    absoluteTimeout: c.SESSION_ABSOLUTE_TIMEOUT,
    sweepIntervalMs: c.SESSION_SWEEP_INTERVAL * 1000,
    reauthWindow: c.SESSION_REAUTH_WINDOW,
    secureCookies: c.SESSION_COOKIE_SECURE ? c.SESSION_COOKIE_SECURE === 'true' : production,
    dataDir: c.SESSION_DATA_DIR,
    instanceName: c.INSTANCE_NAME ?? `${hostname()}:${c.PORT ?? 3000}`,
  };
}
