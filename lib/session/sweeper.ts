import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { SessionManager } from './session-manager';

export interface SweeperOptions {
  intervalMs: number;
  /** Rows deleted per batch; small batches keep each pause of the event loop short. */
  batchSize?: number;
  onError?: (error: unknown) => void;
}

/**
 * Rows per batch. Each batch is one synchronous SQLite statement that blocks
 * the event loop while it runs; deleting a row touches about one random page
 * of the ID index, so a batch of 100 takes about 1 ms, 500 about 7 ms (see
 * bench/RESULTS.md, "Store scaling").
 */
export const SWEEP_BATCH_SIZE = 100;

/**
 * Deletes expired sessions until none are left, one small batch at a time,
 * letting waiting requests run between batches.
 */
export async function sweepExpired(manager: SessionManager, batchSize = SWEEP_BATCH_SIZE): Promise<number> {
  let total = 0;
  for (;;) {
    const swept = await manager.sweepOnce(batchSize);
    total += swept;
    if (swept < batchSize) return total;
    await yieldToEventLoop();
  }
}

/** Runs `sweepExpired` every `intervalMs`; an error is reported and the next round still runs. */
export function startSweeper(manager: SessionManager, options: SweeperOptions): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await sweepExpired(manager, options.batchSize);
    } catch (error) {
      options.onError?.(error);
    } finally {
      running = false;
    }
  }, options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
