import 'server-only';
import { readConfig, type AppConfig } from './config';
import { loadSessionSecrets } from './secrets';
import { SessionCookieCodec } from './session/cookie-codec';
import { LocalEventBus } from './session/events';
import { SessionManager } from './session/session-manager';
import { SqliteSessionStore } from './session/sqlite-store';
import type { SessionStore } from './session/store';
import { startSweeper } from './session/sweeper';

export interface SessionRuntime {
  config: AppConfig;
  manager: SessionManager;
  codec: SessionCookieCodec;
  cookieName: string;
  secureCookies: boolean;
}

function createStore(config: AppConfig): SessionStore {
  if (config.store === 'redis') {
    throw new Error('The Redis store is not built yet; unset SESSION_STORE and REDIS_URL to use SQLite.');
  }
  return new SqliteSessionStore(config.sqlitePath);
}

function createRuntime(): SessionRuntime {
  const config = readConfig();
  const store = createStore(config);
  const manager = new SessionManager(
    { store, events: new LocalEventBus(), now: Date.now },
    { idleTimeout: config.idleTimeout, absoluteTimeout: config.absoluteTimeout },
  );
  startSweeper(manager, {
    intervalMs: config.sweepIntervalMs,
    onError: (error) => console.error('Session sweeper failed; it will try again.', error),
  });
  return {
    config,
    manager,
    codec: new SessionCookieCodec(loadSessionSecrets(config), config.absoluteTimeout),
    // __Host- makes the browser refuse the cookie unless it is Secure, Path=/ and
    // has no Domain: no subdomain can plant or overwrite it.
    cookieName: config.secureCookies ? '__Host-sid' : 'sid',
    secureCookies: config.secureCookies,
  };
}

// Next bundles proxy.ts, instrumentation and routes separately; one object on
// globalThis keeps a single store connection, event bus and sweeper per process.
const KEY = Symbol.for('session-lab.runtime');
type Holder = typeof globalThis & { [KEY]?: SessionRuntime };

export function getSessionRuntime(): SessionRuntime {
  const holder = globalThis as Holder;
  holder[KEY] ??= createRuntime();
  return holder[KEY];
}
