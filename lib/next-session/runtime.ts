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
import { startSweeper, sweepBudgetFor } from '../session/sweeper';
import { HashGate } from '../auth/hash-gate';
import type { LimitStore } from '../limits/limit-store';
import { RedisLimitStore } from '../limits/redis-limits';
import { SqliteLimitStore } from '../limits/sqlite-limits';
import { dirname, join } from 'node:path';
import type { RoleStore } from '../auth/role-store';
import { RedisRoleStore } from '../auth/redis-role-store';
import { SqliteRoleStore } from '../auth/sqlite-role-store';
import type { ArrivalStore } from '../labs/arrival-store';
import { RedisArrivalStore } from '../labs/redis-arrival-store';
import { SqliteArrivalStore } from '../labs/sqlite-arrival-store';
import type { WireStore } from '../wire/wire-store';
import { WIRE_ENDED_KEEP_MS } from '../wire/wire-store';
import { RedisWireStore } from '../wire/redis-wire-store';
import { SqliteWireStore } from '../wire/sqlite-wire-store';

export interface SessionRuntime {
  config: AppConfig;
  manager: SessionManager;
  codec: SessionCookieCodec;
  cookieName: string;
  secureCookies: boolean;
  /** The current session secret first, then the previous one: device cookies are signed with keys derived from them. */
  secrets: [string, ...string[]];
  /** Login and session-creation limits, and the hashing slots: shared by every instance on this store. */
  limits: LimitStore;
  hashGate: HashGate;
  /** The wire view's entries, the cross-site lab's arrivals and granted roles: beside the sessions, shared by every instance. */
  wire: WireStore;
  arrivals: ArrivalStore;
  roles: RoleStore;
}

type SharedState = Pick<SessionRuntime, 'wire' | 'arrivals' | 'roles' | 'limits'>;

/**
 * SQLite with an in-process event bus for one host; Redis with a pub/sub bus
 * for several instances. Both connect lazily, so this stays synchronous: an
 * unreachable Redis makes requests fail with 503, it does not stop the start.
 */
export function createStore(config: AppConfig): { store: SessionStore; events: SessionEventBus } & SharedState {
  // A list of requests lives as long as its session can: the absolute timeout from its last request.
  const keep = { keepMs: config.absoluteTimeout * 1000, endedKeepMs: WIRE_ENDED_KEEP_MS };
  if (config.store === 'redis' && config.redis) {
    const store = new RedisSessionStore(config.redis, { connectionName: `session-lab:${config.instanceName ?? 'unnamed'}` });
    // The small stores share the session store's connection (and its outage rules: 503 at once while Redis is down).
    return {
      store,
      events: new RedisEventBus(store.link),
      wire: new RedisWireStore(store.link, { keep }),
      arrivals: new RedisArrivalStore(store.link),
      roles: new RedisRoleStore(store.link),
      limits: new RedisLimitStore(store.link),
    };
  }
  // Tables in the session database, on its connection.
  const store = new SqliteSessionStore(config.sqlitePath);
  return {
    store,
    events: new LocalEventBus(),
    wire: new SqliteWireStore(store.db, keep),
    arrivals: new SqliteArrivalStore(store.db),
    roles: new SqliteRoleStore(store.db),
    // Limits in their own file beside the sessions (lib/limits/sqlite-limits.ts).
    limits: new SqliteLimitStore(config.sqlitePath === ':memory:' ? ':memory:' : join(dirname(config.sqlitePath), 'limits.db')),
  };
}

function createRuntime(): SessionRuntime {
  const config = readConfig();
  const { store, events, wire, arrivals, roles, limits } = createStore(config);
  const manager = new SessionManager(
    { store, events, now: Date.now },
    { idleTimeout: config.idleTimeout, absoluteTimeout: config.absoluteTimeout },
  );
  startSweeper(manager, {
    intervalMs: config.sweepIntervalMs,
    budget: sweepBudgetFor(store),
    onError: (error) => console.error('Session sweeper failed; it will try again.', error),
  });
  const secrets = loadSessionSecrets(config);
  return {
    config,
    manager,
    codec: new SessionCookieCodec(secrets, config.absoluteTimeout),
    secrets: secrets.previous ? [secrets.current, secrets.previous] : [secrets.current],
    limits,
    hashGate: new HashGate(limits, { max: config.loginHashLimit, waitMs: config.loginHashWaitMs }),
    wire,
    arrivals,
    roles,
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
