import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/*
 * WAL checkpoints in a worker thread, on its own connection, instead of on the
 * event loop.
 *
 * With journal_mode=WAL and synchronous=NORMAL a commit only appends to the
 * -wal file; the one step that waits for the disk (fsync) is the checkpoint,
 * which copies the log back into the database file. SQLite runs it by itself
 * inside whichever commit takes the log past 1000 pages, so a request or a
 * sweep slice that happens to commit then waits for it. Measured here while
 * sweeping 100 k expired sessions: commits that checkpointed took 15-30 ms
 * (the 5 ms slice's budget), and 110-120 ms in 2 of 5 rounds when the disk
 * was slow; with checkpoints in this worker the longest commit was 11-17 ms.
 */

/** How often the worker copies the log back into the database. */
export const CHECKPOINT_INTERVAL_MS = 1000;
/** How soon a pass that could not copy the whole log (writes came in meanwhile) is tried again. */
const RETRY_MS = 50;
/** The -wal file is cut back to this size when the log starts over; a log larger than this gets a RESTART checkpoint. */
export const WAL_SIZE_LIMIT_BYTES = 64 * 2 ** 20;
/** SQLite's own default, restored on the main connection when the worker cannot run. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;

/** What `PRAGMA wal_checkpoint` reports: frames in the log, and how many of them are now in the database file. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

export interface CheckpointerOptions {
  intervalMs?: number;
  /** The module the worker loads SQLite from (a test points it at one that does not exist). */
  sqliteModule?: string;
  /** Told once if the worker cannot run; checkpoints then go back to SQLite's automatic ones. */
  onFallback?: (error: unknown) => void;
}

// Plain CommonJS run with `eval`: no file to bundle or locate at run time,
// and better-sqlite3 is resolved the way the server resolves it (Next.js
// keeps it external), from the app's node_modules.
//
// A PASSIVE checkpoint never makes the server wait, but the log only starts
// over once a pass has copied all of it; under a steady stream of writes a
// pass can keep missing the newest frames. So an unfinished pass is retried
// soon, and a log past the size limit gets one RESTART checkpoint, which
// makes the server's next write wait for the copy of what is left (the
// passes before it have copied the rest).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqliteModule);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('journal_size_limit = ' + workerData.sizeLimit);
const pageSize = db.pragma('page_size', { simple: true });
const checkpoint = (mode) => {
  try {
    return { result: db.pragma('wal_checkpoint(' + mode + ')')[0] };
  } catch (error) {
    return { error: String((error && error.message) || error) };
  }
};
let timer;
const pass = () => {
  let answer = checkpoint('PASSIVE');
  if (answer.result && answer.result.log * pageSize > workerData.sizeLimit) answer = checkpoint('RESTART');
  const done = answer.result && answer.result.log === answer.result.checkpointed;
  timer = setTimeout(pass, done ? workerData.intervalMs : workerData.retryMs);
};
timer = setTimeout(pass, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message === 'checkpoint') parentPort.postMessage(checkpoint('PASSIVE'));
  if (message === 'close') {
    clearTimeout(timer);
    db.close();
    parentPort.close();
  }
});
`;

type Reply = { result: CheckpointResult } | { error: string };

/**
 * Turns off SQLite's automatic checkpoints on `db` and runs them every
 * `intervalMs` in a worker thread instead. If the worker cannot start or
 * stops, `db` checkpoints by itself again, as SQLite does by default.
 */
export class WalCheckpointer {
  private readonly worker: Worker;
  private readonly replies: ((reply: Reply) => void)[] = [];
  private fellBack = false;
  private closing = false;

  constructor(
    private readonly db: Database.Database,
    path: string,
    options: CheckpointerOptions = {},
  ) {
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
    db.pragma('wal_autocheckpoint = 0');
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        path,
        sqliteModule: options.sqliteModule ?? 'better-sqlite3',
        intervalMs: options.intervalMs ?? CHECKPOINT_INTERVAL_MS,
        retryMs: RETRY_MS,
        sizeLimit: WAL_SIZE_LIMIT_BYTES,
      },
    });
    // The server's process must still end when its work is done.
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => this.replies.shift()?.(reply));
    this.worker.on('error', (error) => this.fallBack(error, options.onFallback));
    this.worker.on('exit', (code) => {
      for (const resolve of this.replies.splice(0)) resolve({ error: 'the checkpoint worker has stopped' });
      if (!this.closing) this.fallBack(new Error(`The checkpoint worker stopped (exit code ${code}).`), options.onFallback);
    });
  }

  /** Whether checkpoints went back to the main connection (the worker could not run). */
  get onMainConnection(): boolean {
    return this.fellBack;
  }

  /** Checkpoints now, in the worker (tests, and anyone who must see the log copied back). */
  async checkpointNow(): Promise<CheckpointResult> {
    if (this.fellBack) throw new Error('The checkpoint worker is not running.');
    const reply = new Promise<Reply>((resolve) => this.replies.push(resolve));
    this.worker.postMessage('checkpoint');
    const answer = await reply;
    if ('error' in answer) throw new Error(`WAL checkpoint failed: ${answer.error}`);
    return (answer as { result: CheckpointResult }).result;
  }

  /** Stops the worker (its connection closes cleanly first); call before closing `db`. */
  async close(): Promise<void> {
    if (this.fellBack || this.closing) return;
    this.closing = true;
    const exited = once(this.worker, 'exit');
    this.worker.postMessage('close');
    // A worker stuck on a lock for longer is ended: closing must not hang.
    const timer = setTimeout(() => void this.worker.terminate(), 6000);
    await exited.catch(() => undefined);
    clearTimeout(timer);
  }

  private fallBack(error: unknown, report?: (error: unknown) => void) {
    if (this.fellBack) return;
    this.fellBack = true;
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
    report?.(error);
  }
}
