import 'server-only';
import { WIRE_ENTRIES_PER_SESSION, type WireEntry } from './wire-entry';
import type { WireStore } from './wire-store';

/** One change to the shared lists, in the order the recorder saw it. */
export type WireWrite =
  { type: 'append'; entry: WireEntry } | { type: 'move'; from: string; to: string } | { type: 'end'; session: string };

/** Writes waiting while the store is slow or down: past this, the oldest are dropped (the view is not the state). */
export const MAX_QUEUED = 5000;
/*
 * Why 50 ms: a SQLite commit costs a few hundred µs whatever it holds, so on a
 * busy server one commit every 10 ms was about 4% of a core; every 50 ms it is
 * under 1%, and a batch holds at most WIRE_ENTRIES_PER_SESSION per session.
 */
export const FLUSH_MS = 50;

/**
 * The wire recorder's writes to the shared WireStore, kept off the request
 * path: schedule() only arms a timer (the recorder's `prepare` then returns
 * the writes), enqueue() only queues, and a batch is written every FLUSH_MS in one
 * transaction (SQLite) or one pipelined script per session (Redis), never
 * awaited by a request. The trade-off: another instance sees an entry up to
 * FLUSH_MS (50 ms) plus one round trip later, and the few entries of the last
 * moments are lost if the process dies or the store is down (they are a view
 * of the traffic, not the state). A failed batch is dropped and logged once
 * per outage, never thrown; past `maxQueued` the oldest writes go first.
 */
export class WireWriteQueue {
  private queue: WireWrite[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private failing = false;

  constructor(
    private readonly store: WireStore,
    private readonly options: {
      now: () => number;
      flushMs?: number;
      maxQueued?: number;
      /** Runs first in every flush: the writes it returns join this batch, after those queued (the recorder's noted responses). */
      prepare?: () => WireWrite[];
    },
  ) {}

  enqueue(write: WireWrite): void {
    this.queue.push(write);
    if (this.queue.length > (this.options.maxQueued ?? MAX_QUEUED)) this.queue.shift();
    this.schedule();
  }

  /** A flush within flushMs, for writes queued now or prepared then. */
  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), this.options.flushMs ?? FLUSH_MS);
    // unref: a pending write never keeps a process alive that is otherwise done.
    this.timer.unref?.();
  }

  /** Writes what is queued now; resolves when it is written (or failed: a failure is logged, not thrown). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    let prepared: WireWrite[] = [];
    try {
      prepared = this.options.prepare?.() ?? [];
    } catch (error) {
      // Called from a timer: a throw here would end the process, and leave no timer to write the rest.
      console.error('Wire view: could not prepare a batch; what was queued is still written.', error);
    }
    const writes = prepared.length > 0 ? this.queue.concat(prepared) : this.queue;
    this.queue = [];
    // One batch at a time, in order: a move lands before the login's entry that follows it.
    this.writing = this.writing.then(() => (writes.length > 0 ? this.write(writes) : undefined));
    return this.writing;
  }

  private async write(writes: WireWrite[]): Promise<void> {
    const now = this.options.now();
    let appends: WireEntry[] = [];
    const append = async () => {
      // Under load a batch may hold hundreds of one session's requests: only its newest WIRE_ENTRIES_PER_SESSION would survive the trim, so only they are written.
      if (appends.length > 0) await this.store.append(newestPerSession(appends), now);
      appends = [];
    };
    try {
      for (const write of writes) {
        if (write.type === 'append') {
          appends.push(write.entry);
          continue;
        }
        await append();
        if (write.type === 'move') await this.store.move(write.from, write.to, now);
        else await this.store.end(write.session, now);
      }
      await append();
      if (this.failing) console.info('Wire view: the store takes entries again.');
      this.failing = false;
    } catch (error) {
      // Recording is a view of the traffic: a failed batch is dropped and logged once per outage.
      if (!this.failing) console.error('Wire view: could not store entries; they are dropped until the store is back.', error);
      this.failing = true;
    }
  }
}

/** The newest WIRE_ENTRIES_PER_SESSION entries of each session, in their order. */
function newestPerSession(entries: WireEntry[]): WireEntry[] {
  if (entries.length <= WIRE_ENTRIES_PER_SESSION) return entries;
  const left = new Map<string, number>();
  const kept: WireEntry[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    const room = left.get(entry.session) ?? WIRE_ENTRIES_PER_SESSION;
    if (room === 0) continue;
    left.set(entry.session, room - 1);
    kept.push(entry);
  }
  return kept.reverse();
}
