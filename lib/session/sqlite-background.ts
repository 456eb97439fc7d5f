import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { CONNECTION_PRAGMAS } from './sqlite-file';
import type { SweepClock } from './store';

/*
 * A second connection to the store's file, in a worker thread, for the two
 * writes that need not hold up a request:
 * - The sweep: deleting expired sessions is the one large write the store
 *   makes. On the serving connection, batches that checkpointed took 15-30 ms
 *   against a 5 ms slice (110-180 ms when the disk was slow).
 * - Touches (recording activity), the write most requests make. On the
 *   serving connection every ~1000 pages of log one of them ran SQLite's
 *   checkpoint, with three fsyncs (about 18 ms here, 120 ms once), on the
 *   event loop, and one that arrived during a sweep's batch waited there for
 *   the write lock. Requests do not wait for them (touchLater).
 * The worker's commits also run the checkpoints that keep the log bounded:
 * it is the main writer, so each one catches up and the log starts over.
 * Reads stay on the serving connection and never wait (WAL).
 */

export interface BackgroundOptions {
  /** The sweep's DELETE … RETURNING statement: (now, limit) → the deleted rows. */
  sweepSql: string;
  /** The touch's UPDATE statement, with named parameters `key` and `now`. */
  touchSql: string;
  /** Told when touches made with touchLater() are written, or could not be (`error`; the worker may have stopped). Must not throw. */
  onTouchesWritten?: (touches: Touch[], error: unknown) => void;
  /** The module the worker loads SQLite from (a test points it at one that does not exist). */
  sqliteModule?: string;
  /** Told once if the worker cannot run; the store then sweeps on its own connection. */
  onFallback?: (error: unknown) => void;
}

/** A failure inside the worker, with SQLite's error code so the store can map it as it maps its own. */
export class BackgroundError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'BackgroundError';
  }
}

// Plain CommonJS run with `eval`: no file to bundle or locate at run time,
// and better-sqlite3 is resolved the way the server resolves it (Next.js
// keeps it external), from the app's node_modules.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqliteModule);
const db = new Database(workerData.path, { fileMustExist: true });
for (const pragma of workerData.pragmas) db.pragma(pragma);
const sweep = db.prepare(workerData.sweepSql);
const touch = db.prepare(workerData.touchSql);
const touchAll = db.transaction((touches) => {
  for (const { key, now } of touches) touch.run({ key, now });
});
const failure = (id, error) => ({ id, error: String(error && error.message), code: error && error.code });
parentPort.on('message', (message) => {
  if (message.type === 'sweep') {
    const started = performance.now();
    try {
      const rows = sweep.all(message.now, message.limit);
      parentPort.postMessage({ id: message.id, rows, ms: performance.now() - started });
    } catch (error) {
      parentPort.postMessage({ ...failure(message.id, error), ms: performance.now() - started });
    }
  } else if (message.type === 'touches') {
    try {
      touchAll(message.touches);
      parentPort.postMessage({ id: message.id, touched: message.touches.length, ms: 0 });
    } catch (error) {
      parentPort.postMessage({ ...failure(message.id, error), ms: 0 });
    }
  } else if (message.type === 'close') {
    db.close();
    parentPort.close();
  }
});
`;

/** `ms`: the worker's time on a sweep statement (0 for touches: the sweep's budget does not count them). */
type Reply<Row> = { id: number; ms: number } & ({ rows: Row[] } | { touched: number } | { error: string; code?: string });

/** A session's activity to record: its key and when. */
export interface Touch {
  key: string;
  now: number;
}

export class SqliteBackground<Row> {
  private readonly worker: Worker;
  private readonly pending = new Map<number, (reply: Reply<Row>) => void>();
  private nextId = 0;
  private stopped = false;
  private stoppedAt = 0;
  private closing = false;
  /** The worker's time spent on sweep statements, in ms. */
  private worked = 0;
  /** Touches not yet sent, by key, the latest time kept: at most one per session, however long the worker is held up. */
  private queued = new Map<string, number>();
  /** Set from the first queued touch until the queue is empty: touches queued while a batch is written go in the next one. */
  private sending: Promise<void> | null = null;
  private readonly written: (touches: Touch[], error: unknown) => void;

  /**
   * The sweeper's clock: it advances by the worker's own time on each batch,
   * not by the time its answer waits for the event loop (under load that
   * wait is most of the round trip, and would shrink every batch to a few
   * rows). Once the worker has stopped and the store sweeps on its own
   * connection, it runs as wall time again, from where it was.
   */
  readonly clock: SweepClock = {
    now: () => this.worked + (this.stopped ? performance.now() - this.stoppedAt : 0),
    pause: (ms) => sleep(ms),
  };

  /**
   * The worker starts with the store, not on its first sweep: creating it
   * holds the event loop for about 12 ms here (more on a busy machine), which
   * costs nothing while the server starts and is a stall in the middle of
   * serving (started on the first sweep, one round of a full bench run
   * stalled 80 ms; started here, the worst round of the run before was 42 ms).
   */
  constructor(path: string, options: BackgroundOptions) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        path,
        sqliteModule: options.sqliteModule ?? 'better-sqlite3',
        sweepSql: options.sweepSql,
        touchSql: options.touchSql,
        pragmas: CONNECTION_PRAGMAS,
      },
    });
    this.written = options.onTouchesWritten ?? (() => {});
    // The server's process must still end when its work is done.
    this.worker.unref();
    this.worker.on('message', (reply: Reply<Row>) => {
      this.worked += reply.ms;
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
    this.worker.on('error', (error) => this.stop(error, options.onFallback));
    this.worker.on('exit', (code) => this.stop(new Error(`The background SQLite worker stopped (exit code ${code}).`), options.onFallback));
  }

  /** Whether the worker is there to take work (and not closing); if not, the store does it on its own connection. */
  get running(): boolean {
    return !this.stopped && !this.closing;
  }

  /** Runs the sweep statement in the worker: the rows it deleted. Touches made before it are written first. */
  sweep(now: number, limit: number): Promise<Row[]> {
    void this.sendQueued();
    return this.ask({ type: 'sweep', now, limit }).then((answer) => ('rows' in answer ? answer.rows : []));
  }

  /**
   * Records activity without waiting for it. The touches made while the
   * worker writes a batch (or within one turn of the event loop) go in the
   * next batch: one message, one transaction. `onTouchesWritten` is told when
   * they are written, or could not be.
   */
  touchLater({ key, now }: Touch): void {
    if ((this.queued.get(key) ?? -Infinity) < now) this.queued.set(key, now);
    this.sending ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.sendUntilEmpty());
  }

  /** Sends the queued touches, then those queued while the worker wrote them, until none are left. */
  private async sendUntilEmpty(): Promise<void> {
    try {
      while (this.queued.size > 0) await this.sendQueued();
    } finally {
      this.sending = null;
    }
  }

  /**
   * Sends what is queued as one batch, at once. The loop above calls it, and
   * so do a sweep and closing, so that the worker (which reads its messages in
   * order) writes those touches first. Settles when they are written, or
   * could not be.
   */
  private sendQueued(): Promise<void> {
    if (this.queued.size === 0) return Promise.resolve();
    const touches = Array.from(this.queued, ([key, at]) => ({ key, now: at }));
    this.queued = new Map();
    return this.ask({ type: 'touches', touches }).then(
      () => this.written(touches, null),
      (error: unknown) => this.written(touches, error),
    );
  }

  private ask(message: { type: 'sweep'; now: number; limit: number } | { type: 'touches'; touches: Touch[] }) {
    if (this.stopped || this.closing) return Promise.reject(new BackgroundError('The background SQLite worker is not running.', undefined));
    const id = this.nextId++;
    const reply = new Promise<Reply<Row>>((resolve) => this.pending.set(id, resolve));
    this.worker.postMessage({ ...message, id });
    return reply.then((answer) => {
      if ('error' in answer) throw new BackgroundError(answer.error, answer.code);
      return answer;
    });
  }

  /** Closes the worker's connection and ends the worker; call before closing the serving connection. */
  async close(): Promise<void> {
    if (this.stopped || this.closing) return;
    void this.sendQueued();
    this.closing = true;
    const exited = once(this.worker, 'exit');
    this.worker.postMessage({ type: 'close' });
    // A worker stuck on a lock for longer is ended: closing must not hang.
    const timer = setTimeout(() => void this.worker.terminate(), 6000);
    await exited.catch(() => undefined);
    clearTimeout(timer);
  }

  private stop(error: unknown, report?: (error: unknown) => void) {
    if (this.stopped) return;
    this.stopped = true;
    this.stoppedAt = performance.now();
    // The store sees `running` false and does the batch on its own connection.
    for (const [id, resolve] of this.pending) resolve({ id, ms: 0, error: 'The background SQLite worker stopped.' });
    this.pending.clear();
    if (!this.closing) report?.(error);
  }
}
