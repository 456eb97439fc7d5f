import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Cluster, Redis, type RedisValue } from 'ioredis';
import type { RedisTarget } from './redis-target';
import { StoreUnavailableError } from './store';

/** One Redis server, or the nodes of a Redis Cluster: the store works the same on both. */
export type RedisClient = Redis | Cluster;

export interface RedisConnectionOptions {
  /** A call with no reply after this long fails (a hung or unreachable server): the API answers 503. RedisLink enforces it. */
  commandTimeoutMs?: number;
  /** At start-up, how long a request may wait for the first connection before it fails. */
  firstConnectWaitMs?: number;
  /** Shown in CLIENT LIST, to tell this app's connections apart. */
  connectionName?: string;
}

/** How long a Redis call may wait for its answer unless told otherwise. */
export const COMMAND_TIMEOUT_MS = 1000;
/**
 * ioredis's own per-command timeout, a backstop only: RedisLink.run gives up
 * first (see withinDeadline). This one settles ioredis's promise for a command
 * RedisLink already gave up on, and bounds calls made on the client directly.
 * A hold of the event loop past it still fails the call.
 */
const BACKSTOP_FACTOR = 3;

/*
 * Why these ioredis options: during an outage a request must fail within about
 * a second (503), never hang, and never run later after its caller was told it
 * failed. So no offline queue (a command while disconnected fails at once),
 * no retries and no re-sending of commands that were in flight when the
 * connection broke, and a deadline for a server that accepts the connection
 * but does not answer. Reconnecting goes on in the background.
 */
export function createRedisClient(target: RedisTarget, options: RedisConnectionOptions = {}): RedisClient {
  const commandTimeout = options.commandTimeoutMs ?? COMMAND_TIMEOUT_MS;
  const connection = {
    connectionName: options.connectionName ?? 'session-lab',
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    commandTimeout: commandTimeout * BACKSTOP_FACTOR,
    connectTimeout: commandTimeout,
  };
  // Try again soon, then every second: recovery is quick once Redis is back.
  const retry = (attempt: number) => Math.min(100 * attempt, 1000);
  if (typeof target === 'string') return new Redis(target, { ...connection, enableOfflineQueue: false, retryStrategy: retry });
  /*
   * On a cluster, ioredis opens the node connections lazily and queues a
   * command until its node's connection is up; RedisLink's deadline still
   * bounds every wait, so a dead master gives 503s after about a second, for
   * its slots only. A MOVED/ASK reply (a slot changed hands) is followed
   * within the same deadline; CLUSTERDOWN is not retried: it is a 503.
   */
  return new Cluster(target.cluster, {
    enableOfflineQueue: false,
    scaleReads: 'master',
    clusterRetryStrategy: retry,
    retryDelayOnClusterDown: 0,
    retryDelayOnFailover: 100,
    maxRedirections: 8,
    slotsRefreshTimeout: commandTimeout,
    redisOptions: connection,
  });
}

/** ioredis's message for its own timeout; withinDeadline uses it too, so both read the same. */
const TIMED_OUT = 'Command timed out';

/**
 * Settles as `work` does, or fails with TIMED_OUT if it has not within `ms`.
 * The verdict waits for the I/O that is already in: Node runs due timers
 * before it reads sockets, so after the event loop was held for longer than
 * `ms` (a slow render on a busy machine), a timer alone would fail a call
 * whose answer is waiting, unread. ioredis's own timeout did just that: the
 * call failed, the connection was dropped as hung, and the pages said the
 * store was down. setImmediate runs after this turn has read its sockets.
 */
function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done();
    };
    const timer = setTimeout(() => setImmediate(() => settle(() => reject(new Error(TIMED_OUT)))), ms);
    work.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}

/** Reply errors that mean "Redis cannot serve us right now" (busy, failing over, wrong password), not "our command is wrong". */
const UNAVAILABLE_REPLY = /^(LOADING|BUSY|OOM|READONLY|MASTERDOWN|MISCONF|NOREPLICAS|TRYAGAIN|CLUSTERDOWN|NOAUTH|WRONGPASS)\b/;

/** Network trouble, timeouts and a busy server become StoreUnavailableError (503); a bug stays a bug (500). */
export function toStoreError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === 'ReplyError' && !UNAVAILABLE_REPLY.test(message)) return error;
  return new StoreUnavailableError(`Redis: ${message}`, { cause: error });
}

/**
 * A Lua script run by its SHA1; after a Redis restart empties the script cache, it is sent again in full.
 * Why not ioredis's `defineCommand`: it does the same EVALSHA-then-EVAL, but adds an untyped
 * method per script to every connection (TypeScript needs a hand-written declaration for each);
 * this keeps scripts as typed values, and works unchanged on a cluster (EVALSHA is routed by its
 * first key, and a node that never saw the script answers NOSCRIPT like a restarted server).
 */
export class LuaScript {
  readonly sha: string;
  constructor(readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(client: RedisClient, keys: string[], args: RedisValue[]): Promise<unknown> {
    try {
      return await client.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return client.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}

/**
 * One Redis connection shared by every request of this process, with the
 * outage rules in one place: while Redis is known to be down, calls fail at
 * once; only the very first connection after start-up is waited for briefly.
 */
export class RedisLink {
  private down = false;
  private closing = false;
  /** The wait for the first connection, shared by every call that arrives before it (one listener, however many calls; the first caller's deadline ends it for all). */
  private firstConnect: Promise<void> | null = null;
  private readonly firstConnectWaitMs: number;
  private readonly commandTimeoutMs: number;

  constructor(
    readonly client: RedisClient,
    private readonly label: string,
    options: { firstConnectWaitMs?: number; commandTimeoutMs?: number } = {},
  ) {
    this.firstConnectWaitMs = options.firstConnectWaitMs ?? 1000;
    this.commandTimeoutMs = options.commandTimeoutMs ?? COMMAND_TIMEOUT_MS;
    // Log changes of state, not every failed reconnect attempt.
    const markDown = (reason: string) => {
      if (this.closing) return;
      if (!this.down) console.error(`${label}: Redis is unreachable (${reason}); retrying in the background.`);
      this.down = true;
    };
    client.on('error', (error: Error) => markDown(error.message));
    client.on('close', () => markDown('connection closed'));
    client.on('ready', () => {
      if (this.down) console.info(`${label}: Redis is reachable again.`);
      this.down = false;
    });
  }

  /** Runs Redis work; any failure to reach Redis comes out as StoreUnavailableError. */
  async run<T>(work: (client: RedisClient) => Promise<T>): Promise<T> {
    await this.ready();
    try {
      return await withinDeadline(work(this.client), this.commandTimeoutMs);
    } catch (error) {
      if (error instanceof Error && error.message === TIMED_OUT) this.suspect();
      throw toStoreError(error);
    }
  }

  /**
   * No answer in time: the server hangs or the path to it is dead, and every
   * request would wait out its own timeout. Drop the connection instead, so
   * calls fail at once until a new one is ready.
   */
  private suspect(): void {
    if (this.down || this.client.status !== 'ready') return;
    this.down = true;
    console.error(`${this.label}: Redis did not answer in time; reconnecting.`);
    this.client.disconnect(true);
  }

  get isCluster(): boolean {
    return this.client instanceof Cluster;
  }

  /** A second connection to the same server or cluster, e.g. for SUBSCRIBE (which takes a connection over). */
  duplicate(options: {
    connectionName: string;
    enableOfflineQueue: boolean;
    maxRetriesPerRequest: number | null;
    /** undefined: no timeout (a SUBSCRIBE waits for its connection). */
    commandTimeout: number | undefined;
  }): RedisClient {
    const { client } = this;
    if (client instanceof Cluster) {
      return client.duplicate(undefined, {
        enableOfflineQueue: options.enableOfflineQueue,
        redisOptions: {
          ...client.options.redisOptions,
          connectionName: options.connectionName,
          maxRetriesPerRequest: options.maxRetriesPerRequest,
        },
      });
    }
    return client.duplicate(options);
  }

  /** Which server holds `key` (host:port): on a cluster, the master of the key's slot. */
  async nodeOf(key: string): Promise<string> {
    return this.run(async (client) => {
      if (!(client instanceof Cluster)) return `${client.options.host}:${client.options.port}`;
      const slot = Number(await client.cluster('KEYSLOT', key));
      return client.slots[slot]?.[0] ?? 'unknown';
    });
  }

  script(script: LuaScript, keys: string[], args: RedisValue[]): Promise<unknown> {
    return this.run((client) => script.run(client, keys, args));
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.client.status === 'end') return;
    try {
      await withinDeadline(this.client.quit(), this.commandTimeoutMs);
    } catch {
      this.client.disconnect();
    }
  }

  private async ready(): Promise<void> {
    const status = this.client.status;
    if (status === 'ready') return;
    if (status === 'end') throw new StoreUnavailableError(`${this.label}: the Redis connection is closed.`);
    if (this.down) throw new StoreUnavailableError(`${this.label}: Redis is unreachable (${status}); retrying in the background.`);
    this.firstConnect ??= once(this.client, 'ready', { signal: AbortSignal.timeout(this.firstConnectWaitMs) })
      .then(() => undefined)
      .finally(() => (this.firstConnect = null));
    try {
      await this.firstConnect;
    } catch (error) {
      throw new StoreUnavailableError(`${this.label}: no connection to Redis yet.`, { cause: error });
    }
  }
}
