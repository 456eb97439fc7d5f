import { createServer } from 'node:http';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { LocalEventBus } from '../../lib/session/events';
import { SessionManager } from '../../lib/session/session-manager';
import { sweepBudgetFor, sweepExpired } from '../../lib/session/sweeper';
import { report } from '../support/report-line';
import { benchRecord, random, sessionId } from './sessions';
import { openStore, type StoreKind } from './stores';

/**
 * `sweep-server.ts <kind> <empty store> <live sessions> <port>`: adds the live
 * sessions, then serves session reads over HTTP (GET /session: load + touch a random live session, as
 * apiRoute does) and, on request, measures the event loop over a window:
 *   POST /expire?count=N  adds N sessions that expired an hour ago
 *   POST /window?sweep=1  sweeps them all (the app's sweeper, default batch)
 *   POST /window?ms=2000  just serves, for the same kind of window
 * Each window answers with the longest event-loop stall it saw, and what may
 * explain one: the longest single read (the store's time on the event loop)
 * and the longest garbage-collection pause.
 */
const [kind, target, live, port] = process.argv.slice(2) as [StoreKind, string, string, string];
const store = await openStore(kind, target);
const manager = new SessionManager({ store, events: new LocalEventBus(), now: Date.now }, { idleTimeout: 1800, absoluteTimeout: 28_800 });
const pick = random(7);
const liveCount = Number(live);
let expiredBatches = 0;
let reads = 0;
let longestReadMs = 0;
let longestGcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longestGcMs = Math.max(longestGcMs, entry.duration);
}).observe({ entryTypes: ['gc'] });

/** Creates `count` sessions last used `agoMs` ago, 500 at a time. */
async function add(count: number, prefix: string, agoMs: number) {
  const lastAccessedAt = Date.now() - agoMs;
  for (let start = 0; start < count; start += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, count - start) }, (_, i) =>
        store.create(benchRecord(sessionId(start + i, prefix), lastAccessedAt)),
      ),
    );
  }
}

const addExpired = (count: number) => add(count, `expired-${expiredBatches++}`, 3_600_000);

// Fresh live sessions (the parent gives an empty store): they must not expire during the run.
await add(liveCount, 'live', 0);

async function window(sweep: boolean, ms: number) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const elu = performance.eventLoopUtilization();
  const readsBefore = reads;
  longestReadMs = 0;
  longestGcMs = 0;
  const started = performance.now();
  const swept = sweep ? await sweepExpired(manager, sweepBudgetFor(store)) : (await new Promise((resolve) => setTimeout(resolve, ms)), 0);
  const durationMs = performance.now() - started;
  histogram.disable();
  const busy = performance.eventLoopUtilization(elu);
  return {
    swept,
    durationMs,
    maxStallMs: histogram.max / 1e6,
    p99StallMs: histogram.percentile(99) / 1e6,
    busyShare: busy.utilization,
    busyUsPerRead: (busy.active * 1000) / Math.max(1, reads - readsBefore),
    longestReadMs,
    longestGcMs,
  };
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://x');
  try {
    let body: unknown;
    if (url.pathname === '/session') {
      const started = performance.now();
      const session = await manager.load(sessionId(Math.floor(pick() * liveCount)), { touch: true });
      if (!session) throw new Error('a live session was not found');
      reads++;
      longestReadMs = Math.max(longestReadMs, performance.now() - started);
      body = { id: session.fingerprint, attributes: session.getAttributes() };
    } else if (url.pathname === '/expire') {
      await addExpired(Number(url.searchParams.get('count')));
      body = { count: await store.count() };
    } else if (url.pathname === '/window') {
      body = await window(url.searchParams.get('sweep') === '1', Number(url.searchParams.get('ms') ?? 0));
    } else if (url.pathname === '/stop') {
      response.end('{}', () => server.close(() => store.close()));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});
server.listen(Number(port), '127.0.0.1', () => report({ ready: true }));
