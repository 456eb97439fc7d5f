import { setTimeout as sleep } from 'node:timers/promises';
import type { SessionStore, SweepClock } from './store';

/** What the sweeper drives: SessionManager.sweepOnce (deletes up to `limit` expired sessions, returns how many). */
export interface Sweepable {
  sweepOnce(limit: number): Promise<number>;
}

export interface SweepBudget {
  /** Work per slice, in ms: each slice stops once it has used this much, whatever the batch size. */
  sliceMs: number;
  /** Share of the time the sweep may take while it runs; after each slice it pauses so that requests get the rest. */
  share: number;
  /** The largest batch (one store call); batches are sized to fit the slice, this only caps them. */
  maxBatch: number;
  clock: SweepClock;
}

/**
 * A slice of 5 ms keeps each pause of the event loop far below the 50 ms a
 * user notices, even on a machine half as fast; a share of 20% leaves
 * requests 80% of the time while a large backlog (100 k sessions that
 * expired together) is swept. The SQLite store sweeps on a second connection
 * in a worker thread (`sweepClock`): there a slice bounds how long a request
 * that writes waits for the write lock, and the share how much of a core the
 * sweep takes. See bench/RESULTS.md, "Sweeping while serving".
 */
export const SWEEP_BUDGET: SweepBudget = {
  sliceMs: 5,
  share: 0.2,
  maxBatch: 1000,
  clock: { now: () => performance.now(), pause: (ms) => sleep(ms) },
};

/** The budget for sweeping `store`: the default, timed by the store's own clock when it sweeps off the event loop. */
export function sweepBudgetFor(store: SessionStore): Partial<SweepBudget> {
  return store.sweepClock ? { clock: store.sweepClock } : {};
}

/** The first batch, before the cost of a row is known: small enough for any store. */
const FIRST_BATCH = 16;

/**
 * Deletes expired sessions until none are left, in slices of `sliceMs` of
 * work separated by pauses. Each batch is one store call, which for SQLite
 * blocks the event loop while it runs, so a batch is sized from the measured
 * cost of a row to fit what is left of the slice, and grows at most twofold
 * from one batch to the next (a mismeasured row cannot make a batch overrun
 * the slice by much).
 */
export async function sweepExpired(target: Sweepable, budget: Partial<SweepBudget> = {}): Promise<number> {
  const { sliceMs, share, maxBatch, clock } = { ...SWEEP_BUDGET, ...budget };
  let total = 0;
  let batch = Math.min(FIRST_BATCH, maxBatch);
  let msPerRow = 0;
  const fit = (ms: number, previous: number) =>
    Math.max(1, Math.min(maxBatch, previous * 2, msPerRow > 0 ? Math.floor(ms / msPerRow) : maxBatch));
  for (;;) {
    const sliceStart = clock.now();
    for (;;) {
      const started = clock.now();
      const swept = await target.sweepOnce(batch);
      total += swept;
      if (swept < batch) return total;
      msPerRow = (clock.now() - started) / swept;
      const left = sliceMs - (clock.now() - sliceStart);
      if (left <= 0) break;
      batch = fit(left, batch);
    }
    const worked = clock.now() - sliceStart;
    batch = fit(sliceMs, batch);
    await clock.pause((worked * (1 - share)) / share);
  }
}

export interface SweeperOptions {
  intervalMs: number;
  budget?: Partial<SweepBudget>;
  onError?: (error: unknown) => void;
}

/** Runs `sweepExpired` every `intervalMs`; an error is reported and the next round still runs. */
export function startSweeper(target: Sweepable, options: SweeperOptions): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await sweepExpired(target, options.budget);
    } catch (error) {
      options.onError?.(error);
    } finally {
      running = false;
    }
  }, options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
