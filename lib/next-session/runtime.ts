import 'server-only';
import { readConfig, type AppConfig } from '../config/config';
import { loadSessionSecrets } from '../config/secrets';
import { SessionCookieCodec } from '../session/cookie-codec';
import { LocalEventBus, type SessionEventBus } from '../session/events';
import { RedisEventBus } from '../session/redis-event-bus';
import { RedisSessionStore } from '../session/redis-store';
import { SessionManager } from '../session/session-manager';
import { SqliteSessionStore } from '../session/sqlite-store';
import type { SessionStore } from '../session/store';
import { startSweeper } from '../session/sweeper';

export interface SessionRuntime {
  config: AppConfig;
  manager: SessionManager;
  codec: SessionCookieCodec;
  cookieName: string;
  secureCookies: boolean;
}

/**
 * SQLite with an in-process event bus for one host; Redis with a pub/sub bus
 * for several instances. Both connect lazily, so this stays synchronous: an
 * unreachable Redis makes requests fail with 503, it does not stop the start.
 */
function createStore(config: AppConfig): { store: SessionStore; events: SessionEventBus } {
  if (config.store === 'redis' && config.redis) {
    const store = new RedisSessionStore(config.redis, { connectionName: `session-lab:${config.instanceName}` });
    return { store, events: new RedisEventBus(store.link) };
  }
  return { store: new SqliteSessionStore(config.sqlitePath), events: new LocalEventBus() };
}

function createRuntime(): SessionRuntime {
  const config = readConfig();
  const { store, events } = createStore(config);
  const manager = new SessionManager(
    { store, events, now: Date.now },
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
